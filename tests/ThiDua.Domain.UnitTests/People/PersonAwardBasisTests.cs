using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.People;

/// <summary>
/// R9 in the Person aggregate: an initiative or scientific work supports one award only (Công văn 5007/BNV-TĐKT (2023),
/// mục III.5.c); a revoked award frees it.
/// </summary>
public class PersonAwardBasisTests
{
    private static readonly DocumentReference Recognition = DocumentReference.Create("40/QĐ-BV", new DateOnly(2024, 10, 1), "Bệnh viện");
    private static readonly DateTimeOffset Later = Now.AddDays(1);

    private static Person Person(int initiatives, out Guid[] ids)
    {
        var person = ThiDua.Domain.People.Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, Active("BV-1"), "Bác sĩ", new DateOnly(2015, 1, 1), Now);
        ids = Enumerable.Range(1, initiatives)
            .Select(i => person.RecordInitiative($"Sáng kiến {i}", InitiativeKind.Initiative, 2024, InitiativeScope.Unit, "Hội đồng sáng kiến", Recognition, Now).Id)
            .ToArray();
        return person;
    }

    [Fact]
    public void UseAsAwardBasis_WithNoInitiative_ChangesNothing()
    {
        var person = Person(1, out _);

        person.UseAsAwardBasis(AwardRecordId.New(), [], Later);

        person.Initiatives.ShouldAllBe(i => i.SupportsAwardId == null);
        person.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void UseAsAwardBasis_WithOneInitiative_RecordsTheAwardItSupports()
    {
        var person = Person(1, out var ids);
        var award = AwardRecordId.New();

        person.UseAsAwardBasis(award, ids, Later);

        person.Initiatives.ShouldHaveSingleItem().SupportsAwardId.ShouldBe(award);
        person.BasisInUse(ids).ShouldBe(ids, ignoreOrder: true);
        person.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void UseAsAwardBasis_WithManyInitiatives_UsesOnlyThoseNamed()
    {
        var person = Person(3, out var ids);
        var award = AwardRecordId.New();

        person.UseAsAwardBasis(award, [ids[0], ids[2]], Later);

        person.BasisInUse(ids).ShouldBe([ids[0], ids[2]], ignoreOrder: true);
        person.Initiatives.Single(i => i.Id == ids[1]).SupportsAwardId.ShouldBeNull();
    }

    [Fact]
    public void UseAsAwardBasis_WhenOneOfTwoAlreadySupportsAnotherAward_IsRefusedNamingIt_AndChangesNothing()
    {
        var person = Person(2, out var ids);
        var first = AwardRecordId.New();
        person.UseAsAwardBasis(first, [ids[0]], Now);

        var refused = DomainAssert.ShouldViolate(AwardErrors.InitiativeAlreadyUsed, () => person.UseAsAwardBasis(AwardRecordId.New(), ids, Later));

        refused.Message.ShouldContain("'Sáng kiến 1' (2024)");
        refused.Message.ShouldNotContain("Sáng kiến 2");
        person.Initiatives.Single(i => i.Id == ids[0]).SupportsAwardId.ShouldBe(first);
        person.Initiatives.Single(i => i.Id == ids[1]).SupportsAwardId.ShouldBeNull();
    }

    [Fact]
    public void UseAsAwardBasis_ForTheSameAwardAgain_IsAccepted()
    {
        var person = Person(1, out var ids);
        var award = AwardRecordId.New();
        person.UseAsAwardBasis(award, ids, Now);

        person.UseAsAwardBasis(award, ids, Later);

        person.Initiatives.ShouldHaveSingleItem().SupportsAwardId.ShouldBe(award);
    }

    [Fact]
    public void UseAsAwardBasis_IgnoresIdsThatAreNotThePersonsInitiatives()
    {
        var person = Person(1, out var ids);

        person.UseAsAwardBasis(AwardRecordId.New(), [Guid.NewGuid()], Later);

        person.BasisInUse(ids).ShouldBeEmpty();
    }

    [Fact]
    public void ReleaseAwardBasis_FreesTheInitiativesOfThatAwardOnly_SoTheyMaySupportAnother()
    {
        var person = Person(2, out var ids);
        var revoked = AwardRecordId.New();
        var standing = AwardRecordId.New();
        person.UseAsAwardBasis(revoked, [ids[0]], Now);
        person.UseAsAwardBasis(standing, [ids[1]], Now);

        person.ReleaseAwardBasis(revoked, Later);
        person.UseAsAwardBasis(AwardRecordId.New(), [ids[0]], Later);

        person.Initiatives.Single(i => i.Id == ids[1]).SupportsAwardId.ShouldBe(standing);
        DomainAssert.ShouldViolate(AwardErrors.InitiativeAlreadyUsed, () => person.UseAsAwardBasis(AwardRecordId.New(), [ids[0]], Later));
    }

    [Fact]
    public void ReleaseAwardBasis_OfAnAwardWithNoInitiative_ChangesNothing()
    {
        var person = Person(1, out _);

        person.ReleaseAwardBasis(AwardRecordId.New(), Later);

        person.UpdatedAt.ShouldBe(Now);
    }
}
