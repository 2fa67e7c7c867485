using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.UnitTests.AwardTypes;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.Nominations.TestDossiers;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Nominations;

/// <summary>A province's attendance for award sessions (BN86 Art. 8.4.b: ≥ 80 % of members present) and its own award types' votes.</summary>
public class AwardSessionAttendanceTests
{
    private static readonly RuleSet National = TestDossiers.Rules;
    private readonly OrganisationUnit _hospital = Active("BVDK");

    private static RuleSet BacNinh => ProvinceParameters.Apply(
        National,
        [ProvinceParameters.Create(
            "Bắc Ninh", new DateOnly(2025, 7, 1), DocumentReference.Create("86/2025/QĐ-UBND", new DateOnly(2025, 6, 20), "UBND tỉnh Bắc Ninh"),
            new ProvinceParameterValues(null, null, new AttendanceParameter(0.8m, "Điều 8.4.b"), null, null), Now)],
        Today);

    private Nomination InCouncil(out NominationLine line, string code = AwardCatalogue.AdvancedCollective, AwardType? provincial = null, RecipientKind kind = RecipientKind.Collective)
    {
        var nomination = Nomination.Draft(_hospital, 2025, CommendationType.Merit, "Đề nghị khen thưởng năm 2025", null, null, Now);
        line = kind == RecipientKind.Collective
            ? nomination.ProposeUnit(_hospital, true, code, "Hoàn thành xuất sắc nhiệm vụ", [], null, Now, provincial)
            : nomination.ProposePerson(
                Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, _hospital, "Bác sĩ", new DateOnly(2015, 1, 1), Now), true, code, "Thành tích", [], [], null, Now, provincial);
        nomination.Submit(TestDocuments.Submission, nomination.Lines.ToDictionary(l => l.Id, l => new EligibilityResult(l.AwardTypeCode, 2025, National.Code, [])), National, Submitted);
        nomination.OpenCouncilReview(new Dictionary<Guid, RuleOutcome>(), Today, Submitted);
        return nomination;
    }

    [Theory]
    [InlineData(7, false)] // 70 %: quorum (2/3) reached, but Bắc Ninh asks 80 %
    [InlineData(8, true)]
    [InlineData(10, true)]
    public void BacNinh_AwardSessionsNeed80PercentOfMembersPresent(int present, bool counts)
    {
        var nomination = InCouncil(out var line);

        if (counts)
        {
            nomination.RecordVote(line.Id, 10, present, present, 0, null, Today, Now, BacNinh).Passed.ShouldBeTrue();
        }
        else
        {
            var error = DomainAssert.ShouldViolate(NominationErrors.AttendanceBelowMinimum, () => nomination.RecordVote(line.Id, 10, present, present, 0, null, Today, Now, BacNinh));
            error.Message.ShouldContain("86/2025/QĐ-UBND (Bắc Ninh), Điều 8.4.b");
            line.Vote.ShouldBeNull();
        }
    }

    [Fact]
    public void WithoutProvincialAttendance_SevenOfTenStillCounts()
    {
        InCouncil(out var line).RecordVote(line.Id, 10, 7, 7, 0, null, Today, Now, National).Passed.ShouldBeTrue();
        InCouncil(out var other).RecordVote(other.Id, 10, 7, 7, 0, null, Today, Now).Passed.ShouldBeTrue();
    }

    [Fact]
    public void TheQuorumIsCheckedBeforeTheAttendance() =>
        DomainAssert.ShouldViolate(NominationErrors.NoQuorum, () => InCouncil(out var line).RecordVote(line.Id, 10, 6, 6, 0, null, Today, Now, BacNinh));

    [Theory]
    [InlineData(17, 0, false)] // 85 % of 20
    [InlineData(17, 1, true)] // 90 % with one written yes
    public void AProvincialAwardType_IsVotedOnItsOwnThreshold(int yes, int writtenYes, bool passed)
    {
        var type = ProvincialAwardTypeTests.CongDanThuDo();
        var hanoi = National.WithProvincialAwardTypes([type.ToAwardType()], [type.ToAwardRule()]);
        var nomination = InCouncil(out var line, type.Code, type.ToAwardType(), RecipientKind.Individual);

        nomination.RecordVote(line.Id, 20, 18, yes, writtenYes, null, Today, Now, hanoi).Passed.ShouldBe(passed);
    }

    [Fact]
    public void AProvincialCode_WithoutItsType_IsUnknown()
    {
        var nomination = Nomination.Draft(_hospital, 2025, CommendationType.Merit, "Đề nghị", null, null, Now);

        DomainAssert.ShouldViolate(NominationErrors.UnknownAwardType, () => nomination.ProposeUnit(_hospital, true, "HN_CO_THI_DUA_XUAT_SAC", "x", [], null, Now));
    }
}
