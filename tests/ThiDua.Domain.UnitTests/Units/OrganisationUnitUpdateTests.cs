using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Units;

public class OrganisationUnitUpdateTests
{
    [Fact]
    public void Update_WhenActive_CorrectsDescriptiveDataWithoutLineageEvent()
    {
        var unit = Active("BV-01");
        var later = Now.AddHours(1);

        unit.Update("  Bệnh vie\u0323\u0302n Đa khoa  ", " BVĐK ", UnitKind.Centre, " Hải Phòng ", later);

        unit.Name.ShouldBe("Bệnh viện Đa khoa");
        unit.ShortName.ShouldBe("BVĐK");
        unit.Kind.ShouldBe(UnitKind.Centre);
        unit.Province.ShouldBe("Hải Phòng");
        unit.LineageEvents.ShouldBeEmpty();
        unit.DomainEvents.ShouldBeEmpty();
        unit.CreatedAt.ShouldBe(Now);
        unit.UpdatedAt.ShouldBe(later);
    }

    [Fact]
    public void Update_WhenShortNameBlank_ClearsShortName()
    {
        var unit = OrganisationUnit.Create("BV-01", "Bệnh viện", "BV", UnitKind.Hospital, null, "Hà Nội", ValidFrom, Now);

        unit.Update("Bệnh viện", "  ", UnitKind.Hospital, "Hà Nội", Now);

        unit.ShortName.ShouldBeNull();
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void Update_WhenMergedOrDissolved_ThrowsNotActive(UnitStatus status)
    {
        var unit = Inactive("BV-01", status);
        var nameBefore = unit.Name;

        DomainAssert.ShouldViolate(
            UnitErrors.NotActive,
            () => unit.Update("Tên mới", null, UnitKind.Centre, "Hà Nội", Now.AddHours(1)));

        unit.Name.ShouldBe(nameBefore);
        unit.Kind.ShouldBe(UnitKind.Hospital);
    }
}
