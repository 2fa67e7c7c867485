using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Awards;

/// <summary>Rules of award records: recipient kind, decision date, revocation.</summary>
public class AwardRecordTests
{
    private static readonly DocumentReference Decision = DocumentReference.Create("45/QĐ-SYT", new DateOnly(2025, 1, 15), "Sở Y tế");

    private static Person Person() =>
        ThiDua.Domain.People.Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, Active("BV-1"), "Bác sĩ", new DateOnly(2015, 1, 1), Now);

    [Fact]
    public void Import_SnapshotsTheNames()
    {
        var unit = Active("BV-1");
        var record = AwardRecord.ImportForPerson(AwardCatalogue.GrassrootsEmulationFighter, Person(), unit, 2024, CommendationType.Merit, Decision, [], Now);

        (record.RecipientNameAtDecision, record.UnitNameAtDecision, record.Source).ShouldBe(("Nguyễn Thị Lan", "Đơn vị BV-1", AwardSource.Imported));
    }

    [Fact]
    public void Import_OfTheOtherRecipientKind_Throws()
    {
        DomainAssert.ShouldViolate(AwardErrors.RecipientKindMismatch,
            () => AwardRecord.ImportForPerson(AwardCatalogue.ProvincialFlag, Person(), Active("BV-1"), 2024, CommendationType.Merit, Decision, [], Now));
        DomainAssert.ShouldViolate(AwardErrors.RecipientKindMismatch,
            () => AwardRecord.ImportForUnit(AwardCatalogue.AdvancedWorker, Active("BV-1"), 2024, CommendationType.Merit, Decision, Now));
        DomainAssert.ShouldViolate(AwardErrors.UnknownAwardType,
            () => AwardRecord.ImportForUnit("CO_THI_DUA_XUAT_SAC", Active("BV-1"), 2024, CommendationType.Merit, Decision, Now));
    }

    [Fact]
    public void Import_ForAYearAfterTheDecision_Throws() =>
        DomainAssert.ShouldViolate(AwardErrors.DecisionBeforeYear,
            () => AwardRecord.ImportForUnit(AwardCatalogue.ProvincialFlag, Active("BV-1"), 2026, CommendationType.Merit, Decision, Now));

    [Fact]
    public void Import_OfADecisionDatedAfterToday_Throws_AndOneDatedTodayIsRecorded()
    {
        var today = new DateOnly(2025, 6, 1); // Now, in Vietnam
        DomainAssert.ShouldViolate(AwardErrors.DecisionInFuture,
            () => AwardRecord.ImportForUnit(AwardCatalogue.ProvincialFlag, Active("BV-1"), 2024, CommendationType.Merit, DocumentReference.Create("5/QĐ-UBND", today.AddDays(1), "UBND tỉnh"), Now));

        AwardRecord.ImportForUnit(AwardCatalogue.ProvincialFlag, Active("BV-1"), 2024, CommendationType.Merit, DocumentReference.Create("5/QĐ-UBND", today, "UBND tỉnh"), Now)
            .Decision.Date.ShouldBe(today);
    }

    [Fact]
    public void Revoke_OfAPersonsAward_NamesThePerson_SoThatItsInitiativesAreFreed()
    {
        var person = Person();
        var record = AwardRecord.ImportForPerson(AwardCatalogue.GrassrootsEmulationFighter, person, Active("BV-1"), 2024, CommendationType.Merit, Decision, [], Now);

        record.Revoke(RevocationGround.FalseDossier, DocumentReference.Create("9/QĐ-UBND", new DateOnly(2025, 5, 1)), null, Now);

        record.DomainEvents.ShouldHaveSingleItem().ShouldBe(new ThiDua.Domain.Awards.Events.AwardRevokedDomainEvent(record.Id, person.Id, Now));
    }

    [Fact]
    public void Revoke_ByADecisionDatedAfterToday_Throws()
    {
        var record = AwardRecord.ImportForUnit(AwardCatalogue.ProvincialFlag, Active("BV-1"), 2024, CommendationType.Merit, Decision, Now);

        DomainAssert.ShouldViolate(AwardErrors.RevocationInFuture,
            () => record.Revoke(RevocationGround.FalseDossier, DocumentReference.Create("9/QĐ-UBND", new DateOnly(2025, 6, 2)), null, Now));
        record.IsRevoked.ShouldBeFalse();
    }

    [Fact]
    public void Revoke_OnceWithALegalGround_NotBeforeTheDecision()
    {
        var record = AwardRecord.ImportForUnit(AwardCatalogue.ProvincialFlag, Active("BV-1"), 2024, CommendationType.Merit, Decision, Now);
        DomainAssert.ShouldViolate(AwardErrors.RevocationBeforeDecision,
            () => record.Revoke(RevocationGround.FalseDossier, DocumentReference.Create("1/QĐ-UBND", new DateOnly(2025, 1, 14)), null, Now));

        record.Revoke(RevocationGround.FalseDossier, DocumentReference.Create("9/QĐ-UBND", new DateOnly(2025, 9, 1)), "Hồ sơ không trung thực", Now.AddMonths(4));

        record.IsRevoked.ShouldBeTrue();
        record.DomainEvents.ShouldHaveSingleItem().ShouldBe(new ThiDua.Domain.Awards.Events.AwardRevokedDomainEvent(record.Id, null, Now.AddMonths(4)));
        DomainAssert.ShouldViolate(AwardErrors.AlreadyRevoked,
            () => record.Revoke(RevocationGround.FalseDossier, DocumentReference.Create("10/QĐ-UBND", new DateOnly(2025, 9, 2)), null, Now));
    }

    [Fact]
    public void Import_BasedOnAnInitiativeTheRecipientDoesNotHave_Throws()
    {
        var person = Person();
        var initiative = person.RecordInitiative("Quy trình mới", InitiativeKind.Initiative, 2024, InitiativeScope.Unit, "Hội đồng sáng kiến", Decision, Now);

        AwardRecord.ImportForPerson(AwardCatalogue.GrassrootsEmulationFighter, person, Active("BV-1"), 2024, CommendationType.Merit, Decision, [initiative.Id], Now)
            .BasisInitiativeIds.ShouldBe([initiative.Id]);
        DomainAssert.ShouldViolate(AwardErrors.UnknownInitiative,
            () => AwardRecord.ImportForPerson(AwardCatalogue.GrassrootsEmulationFighter, person, Active("BV-1"), 2024, CommendationType.Merit, Decision, [Guid.NewGuid()], Now));
    }
}
