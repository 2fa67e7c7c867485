using ThiDua.Domain.Units;
using ThiDua.Domain.Units.Events;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Units;

public class OrganisationUnitLineageTests
{
    private static readonly DateOnly EffectiveOn = new(2025, 7, 1);
    private static readonly DateTimeOffset Later = Now.AddDays(1);

    // ---- Rename --------------------------------------------------------------------------------

    [Fact]
    public void Rename_WhenNewName_RecordsPreviousAndNewNameInLineageEvent()
    {
        var unit = Active("TTYT-01");
        var previousName = unit.Name;

        var lineageEvent = unit.Rename("  Trung tâm Y te\u0302\u0301 khu vực  ", null, EffectiveOn, Doc("12/QĐ-UBND"), "  sắp xếp  ", Later);

        lineageEvent.Type.ShouldBe(LineageEventType.Rename);
        lineageEvent.EffectiveOn.ShouldBe(EffectiveOn);
        lineageEvent.PreviousName.ShouldBe(previousName);
        lineageEvent.NewName.ShouldBe("Trung tâm Y tế khu vực");
        lineageEvent.LegalBasis.ShouldBe(Doc("12/QĐ-UBND"));
        lineageEvent.Note.ShouldBe("sắp xếp");
        lineageEvent.RecordedAt.ShouldBe(Later);
        lineageEvent.PreviousParentId.ShouldBeNull();
        lineageEvent.NewParentId.ShouldBeNull();
        lineageEvent.SuccessorId.ShouldBeNull();

        unit.Name.ShouldBe("Trung tâm Y tế khu vực");
        unit.LineageEvents.ShouldBe([lineageEvent]);
        unit.UpdatedAt.ShouldBe(Later);
        unit.IsActive.ShouldBeTrue();
        unit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Rename_WhenNoNewShortName_KeepsShortName()
    {
        var unit = OrganisationUnit.Create("TTYT-01", "Trung tâm Y tế", "TTYT", UnitKind.Centre, null, "Hà Nội", ValidFrom, Now);

        unit.Rename("Trung tâm Y tế khu vực", "  ", EffectiveOn, Doc(), null, Now);

        unit.ShortName.ShouldBe("TTYT");
    }

    [Fact]
    public void Rename_WhenNewShortName_ReplacesShortName()
    {
        var unit = OrganisationUnit.Create("TTYT-01", "Trung tâm Y tế", "TTYT", UnitKind.Centre, null, "Hà Nội", ValidFrom, Now);

        unit.Rename("Trung tâm Y tế khu vực", " TTYT KV ", EffectiveOn, Doc(), null, Now);

        unit.ShortName.ShouldBe("TTYT KV");
    }

    [Theory]
    [InlineData("Trung tâm Y tế")]
    [InlineData("  Trung tâm Y tế  ")]
    [InlineData("Trung ta\u0302m Y te\u0302\u0301")] // same name with combining marks
    public void Rename_WhenSameName_ThrowsRenameToSameName(string newName)
    {
        var unit = OrganisationUnit.Create("TTYT-01", "Trung tâm Y tế", null, UnitKind.Centre, null, "Hà Nội", ValidFrom, Now);

        DomainAssert.ShouldViolate(UnitErrors.SameName, () => unit.Rename(newName, null, EffectiveOn, Doc(), null, Now));

        unit.LineageEvents.ShouldBeEmpty();
    }

    // ---- Transfer ------------------------------------------------------------------------------

    [Fact]
    public void Transfer_WhenToItself_ThrowsHierarchyCycle()
    {
        var unit = Active("BV-01", Active("SYT"));

        DomainAssert.ShouldViolate(UnitErrors.HierarchyCycle, () => unit.Transfer(unit, [], EffectiveOn, Doc(), null, Now));
    }

    [Fact]
    public void Transfer_WhenToChild_ThrowsHierarchyCycle()
    {
        var unit = Active("SYT");
        var child = Active("BV-01", unit);

        DomainAssert.ShouldViolate(
            UnitErrors.HierarchyCycle,
            () => unit.Transfer(child, [unit.Id], EffectiveOn, Doc(), null, Now));

        unit.ParentId.ShouldBeNull();
        unit.LineageEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Transfer_WhenToDeeperDescendant_ThrowsHierarchyCycle()
    {
        var root = Active("UBND");
        var unit = Active("SYT", root);
        var child = Active("BV-01", unit);
        var grandchild = Active("KHOA-01", child);

        DomainAssert.ShouldViolate(
            UnitErrors.HierarchyCycle,
            () => unit.Transfer(grandchild, [child.Id, unit.Id, root.Id], EffectiveOn, Doc(), null, Now));

        unit.ParentId.ShouldBe(root.Id);
    }

    [Fact]
    public void Transfer_WhenToSameParent_ThrowsTransferToSameParent()
    {
        var parent = Active("SYT");
        var unit = Active("BV-01", parent);

        DomainAssert.ShouldViolate(UnitErrors.SameParent, () => unit.Transfer(parent, [], EffectiveOn, Doc(), null, Now));
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void Transfer_WhenNewParentMergedOrDissolved_ThrowsParentNotActive(UnitStatus parentStatus)
    {
        var unit = Active("BV-01", Active("SYT"));
        var newParent = Inactive("SYT-CU", parentStatus);

        DomainAssert.ShouldViolate(UnitErrors.ParentNotActive, () => unit.Transfer(newParent, [], EffectiveOn, Doc(), null, Now));
    }

    [Fact]
    public void Transfer_WhenValid_RecordsPreviousAndNewParent()
    {
        var oldParent = Active("SYT");
        var newParent = Active("UBND", Active("TINH"));
        var unit = Active("BV-01", oldParent);

        var lineageEvent = unit.Transfer(newParent, [newParent.ParentId!.Value], EffectiveOn, Doc(), null, Later);

        lineageEvent.Type.ShouldBe(LineageEventType.Transfer);
        lineageEvent.EffectiveOn.ShouldBe(EffectiveOn);
        lineageEvent.PreviousParentId.ShouldBe(oldParent.Id);
        lineageEvent.NewParentId.ShouldBe(newParent.Id);
        lineageEvent.PreviousName.ShouldBeNull();
        lineageEvent.SuccessorId.ShouldBeNull();
        unit.ParentId.ShouldBe(newParent.Id);
        unit.LineageEvents.ShouldBe([lineageEvent]);
        unit.UpdatedAt.ShouldBe(Later);
        unit.IsActive.ShouldBeTrue();
        unit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Transfer_WhenUnitHadNoParent_RecordsNoPreviousParent()
    {
        var unit = Active("BV-01");
        var newParent = Active("SYT");

        var lineageEvent = unit.Transfer(newParent, [], EffectiveOn, Doc(), null, Now);

        lineageEvent.PreviousParentId.ShouldBeNull();
        lineageEvent.NewParentId.ShouldBe(newParent.Id);
        unit.ParentId.ShouldBe(newParent.Id);
    }

    // ---- MergeInto -----------------------------------------------------------------------------

    [Fact]
    public void MergeInto_WhenIntoItself_ThrowsMergeIntoItself()
    {
        var unit = Active("BV-01");

        DomainAssert.ShouldViolate(UnitErrors.MergeIntoItself, () => unit.MergeInto(unit, EffectiveOn, Doc(), null, Now));

        unit.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void MergeInto_WhenSuccessorMergedOrDissolved_ThrowsSuccessorNotActive(UnitStatus successorStatus)
    {
        var unit = Active("BV-01");
        var successor = Inactive("BV-02", successorStatus);

        DomainAssert.ShouldViolate(UnitErrors.SuccessorNotActive, () => unit.MergeInto(successor, EffectiveOn, Doc(), null, Now));

        unit.Status.ShouldBe(UnitStatus.Active);
        unit.ValidTo.ShouldBeNull();
        unit.SuccessorId.ShouldBeNull();
        unit.LineageEvents.ShouldBeEmpty();
        unit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void MergeInto_WhenValid_MarksUnitMergedFromEffectiveDate()
    {
        var unit = Active("BV-01");
        var successor = Active("BV-02");

        var lineageEvent = unit.MergeInto(successor, EffectiveOn, Doc(), null, Later);

        unit.Status.ShouldBe(UnitStatus.Merged);
        unit.IsActive.ShouldBeFalse();
        unit.ValidTo.ShouldBe(EffectiveOn);
        unit.SuccessorId.ShouldBe(successor.Id);
        unit.UpdatedAt.ShouldBe(Later);
        lineageEvent.Type.ShouldBe(LineageEventType.Merge);
        lineageEvent.EffectiveOn.ShouldBe(EffectiveOn);
        lineageEvent.SuccessorId.ShouldBe(successor.Id);
        unit.LineageEvents.ShouldBe([lineageEvent]);
        successor.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void MergeInto_WhenValid_RaisesUnitLeftOrganisationWithSuccessor()
    {
        var unit = Active("BV-01");
        var successor = Active("BV-02");

        unit.MergeInto(successor, EffectiveOn, Doc(), null, Now);

        unit.DomainEvents.ShouldBe([new UnitLeftOrganisationDomainEvent(unit.Id, UnitStatus.Merged, EffectiveOn, successor.Id)]);
    }

    // ---- Dissolve ------------------------------------------------------------------------------

    [Fact]
    public void Dissolve_WhenActive_MarksUnitDissolvedAndRaisesUnitLeftOrganisation()
    {
        var unit = Active("BV-01");

        var lineageEvent = unit.Dissolve(EffectiveOn, Doc(), "  giải thể  ", Later);

        unit.Status.ShouldBe(UnitStatus.Dissolved);
        unit.IsActive.ShouldBeFalse();
        unit.ValidTo.ShouldBe(EffectiveOn);
        unit.SuccessorId.ShouldBeNull();
        unit.UpdatedAt.ShouldBe(Later);
        lineageEvent.Type.ShouldBe(LineageEventType.Dissolve);
        lineageEvent.EffectiveOn.ShouldBe(EffectiveOn);
        lineageEvent.Note.ShouldBe("giải thể");
        lineageEvent.SuccessorId.ShouldBeNull();
        unit.LineageEvents.ShouldBe([lineageEvent]);
        unit.DomainEvents.ShouldBe([new UnitLeftOrganisationDomainEvent(unit.Id, UnitStatus.Dissolved, EffectiveOn, null)]);
    }

    // ---- Rules shared by every lineage event ---------------------------------------------------

    [Theory]
    [InlineData(UnitStatus.Merged, LineageEventType.Rename)]
    [InlineData(UnitStatus.Merged, LineageEventType.Transfer)]
    [InlineData(UnitStatus.Merged, LineageEventType.Merge)]
    [InlineData(UnitStatus.Merged, LineageEventType.Dissolve)]
    [InlineData(UnitStatus.Dissolved, LineageEventType.Rename)]
    [InlineData(UnitStatus.Dissolved, LineageEventType.Transfer)]
    [InlineData(UnitStatus.Dissolved, LineageEventType.Merge)]
    [InlineData(UnitStatus.Dissolved, LineageEventType.Dissolve)]
    public void RecordLineageEvent_WhenUnitMergedOrDissolved_ThrowsNotActive(UnitStatus status, LineageEventType type)
    {
        var unit = Inactive("BV-01", status);

        DomainAssert.ShouldViolate(UnitErrors.NotActive, () => Record(unit, type, LeftOn.AddDays(30)));

        unit.Status.ShouldBe(status);
        unit.LineageEvents.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(LineageEventType.Rename)]
    [InlineData(LineageEventType.Transfer)]
    [InlineData(LineageEventType.Merge)]
    [InlineData(LineageEventType.Dissolve)]
    public void RecordLineageEvent_WhenEffectiveDateBeforeValidFrom_ThrowsEffectiveDateBeforeValidFrom(LineageEventType type)
    {
        var unit = Active("BV-01", Active("SYT"));

        DomainAssert.ShouldViolate(UnitErrors.EffectiveBeforeValidFrom, () => Record(unit, type, ValidFrom.AddDays(-1)));

        unit.IsActive.ShouldBeTrue();
        unit.LineageEvents.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(LineageEventType.Rename)]
    [InlineData(LineageEventType.Transfer)]
    [InlineData(LineageEventType.Merge)]
    [InlineData(LineageEventType.Dissolve)]
    public void RecordLineageEvent_WhenEffectiveOnValidFrom_Succeeds(LineageEventType type)
    {
        var unit = Active("BV-01", Active("SYT"));

        var lineageEvent = Record(unit, type, ValidFrom);

        lineageEvent.Type.ShouldBe(type);
        lineageEvent.EffectiveOn.ShouldBe(ValidFrom);
    }

    [Theory]
    [InlineData(LineageEventType.Rename)]
    [InlineData(LineageEventType.Transfer)]
    [InlineData(LineageEventType.Merge)]
    [InlineData(LineageEventType.Dissolve)]
    public void RecordLineageEvent_WhenEffectiveDateBeforeLastEvent_ThrowsEffectiveDateBeforeLastEvent(LineageEventType type)
    {
        var unit = Active("BV-01", Active("SYT"));
        unit.Rename("Tên thứ hai", null, new DateOnly(2023, 1, 1), Doc(), null, Now);
        unit.Rename("Tên thứ ba", null, new DateOnly(2024, 3, 1), Doc(), null, Now);

        DomainAssert.ShouldViolate(UnitErrors.EffectiveBeforeLastEvent, () => Record(unit, type, new DateOnly(2024, 2, 29)));

        unit.IsActive.ShouldBeTrue();
        unit.Name.ShouldBe("Tên thứ ba");
        unit.LineageEvents.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(LineageEventType.Rename)]
    [InlineData(LineageEventType.Transfer)]
    [InlineData(LineageEventType.Merge)]
    [InlineData(LineageEventType.Dissolve)]
    public void RecordLineageEvent_WhenEffectiveOnSameDateAsLastEvent_Succeeds(LineageEventType type)
    {
        var unit = Active("BV-01", Active("SYT"));
        var lastEventOn = new DateOnly(2024, 3, 1);
        unit.Rename("Tên thứ hai", null, lastEventOn, Doc(), null, Now);

        var lineageEvent = Record(unit, type, lastEventOn);

        lineageEvent.Type.ShouldBe(type);
        unit.LineageEvents.Count.ShouldBe(2);
    }

    /// <summary>Records a lineage event of <paramref name="type"/> with otherwise valid arguments.</summary>
    private static UnitLineageEvent Record(OrganisationUnit unit, LineageEventType type, DateOnly effectiveOn) =>
        type switch
        {
            LineageEventType.Rename => unit.Rename($"{unit.Name} (mới)", null, effectiveOn, Doc(), null, Later),
            LineageEventType.Transfer => unit.Transfer(Active("SYT-MOI"), [], effectiveOn, Doc(), null, Later),
            LineageEventType.Merge => unit.MergeInto(Active("BV-KHAC"), effectiveOn, Doc(), null, Later),
            LineageEventType.Dissolve => unit.Dissolve(effectiveOn, Doc(), null, Later),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
}
