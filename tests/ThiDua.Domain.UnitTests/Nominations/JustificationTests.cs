using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.Nominations.TestDossiers;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Nominations;

/// <summary>
/// For each award type, a nominee with no record at all is proposed with a justification: a failed legal precondition
/// is refused whatever it says (Nghị định 152/2025/NĐ-CP, Điều 4.2, R2); a failed council judgement goes on.
/// </summary>
public class JustificationTests
{

    public static TheoryData<string, string?> AwardTypes() => new()
    {
        { AwardCatalogue.AdvancedWorker, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.GrassrootsEmulationFighter, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.ProvincialEmulationFighter, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.NationalEmulationFighter, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.AdvancedCollective, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.ExcellentCollective, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.ProvincialFlag, NominationErrors.PreconditionNotMet.Code },
        { AwardCatalogue.ProvincialMeritIndividual, null }, // the codified route is one of several the council appraises
        { AwardCatalogue.ProvincialMeritCollective, null },
        { AwardCatalogue.CommendationIndividual, null },
        { AwardCatalogue.CommendationCollective, null },
        { AwardCatalogue.PrimeMinisterMeritIndividual, null },
        { AwardCatalogue.PrimeMinisterMeritCollective, null },
        { AwardCatalogue.GovernmentFlag, null },
    };

    [Theory]
    [MemberData(nameof(AwardTypes))]
    public void AJustification_LiftsOnlyTheCouncilsJudgements(string code, string? refusal)
    {
        var unit = Active("BVDK");
        var nomination = Nomination.Draft(unit, 2025, CommendationType.Merit, "Đề nghị khen thưởng năm 2025", null, null, Now);
        var type = AwardCatalogue.Find(code)!;
        const string justification = "Hội đồng thi đua, khen thưởng đánh giá thành tích nổi bật";
        EligibilityResult result;
        NominationLine line;
        if (type.RecipientKind == RecipientKind.Individual)
        {
            var person = Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, unit, "Bác sĩ", new DateOnly(2015, 1, 1), Now);
            line = nomination.ProposePerson(person, true, code, "Thành tích năm 2025", [], [], justification, Now);
            result = EligibilityEngine.EvaluatePerson(
                code, CommendationType.Merit, 2025, new PersonFacts(person.FullName, unit.Id, new Dictionary<int, PerformanceRating>(), [], [], []), Rules, new DateOnly(2025, 11, 20));
        }
        else
        {
            line = nomination.ProposeUnit(unit, true, code, "Thành tích năm 2025", [], justification, Now);
            result = EligibilityEngine.EvaluateUnit(
                code, CommendationType.Merit, 2025, new UnitFacts(unit.Name, "Hà Nam", UnitStatus.Active, new Dictionary<int, PerformanceRating>(), [], [], []), Rules);
        }

        var submit = () => nomination.Submit(TestDocuments.Submission, new Dictionary<Guid, EligibilityResult> { [line.Id] = result }, Rules, Submitted);

        if (refusal is null)
        {
            submit();
            nomination.Status.ShouldBe(NominationStatus.Submitted);
            result.Failures.ShouldAllBe(f => f.Kind == RuleKind.Judgement);
        }
        else
        {
            Should.Throw<DomainRuleViolationException>(submit).Error.Code.ShouldBe(refusal);
            result.PreconditionFailures().ShouldNotBeEmpty();
            nomination.Status.ShouldBe(NominationStatus.Draft);
        }
    }
}
