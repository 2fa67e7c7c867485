using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using static ThiDua.Domain.UnitTests.Eligibility.RuleObjects.RuleFacts;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>The rules of collective titles and forms, at their boundaries, with the evidence they name (ADR 0021).</summary>
public class CollectiveRulesTests
{
    [Theory]
    [InlineData(0, 0, false)] // no members
    [InlineData(1, 0, false)]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)] // exactly half: the Law asks for more than half
    [InlineData(3, 2, true)]
    [InlineData(100, 50, false)]
    [InlineData(100, 51, true)]
    public void AdvancedCollective_MoreThanHalfOfTheMembers(int total, int holders, bool passes)
    {
        var outcome = EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(Members(total, holders), Rated((2025, PerformanceRating.Good)))).Outcome("ttldtt.advanced_worker_share");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Member, "Bệnh viện Đa khoa", $"{holders}/{total}", 2025)]);
        outcome.LegalBasis.ShouldBe("Luật 06/2022/QH15, Điều 28 (trên 50% thành viên đạt Lao động tiên tiến)");
    }

    [Theory]
    [InlineData(10, 6, false)]
    [InlineData(10, 7, true)] // at least 70 %: the boundary passes
    [InlineData(10, 8, true)]
    public void AdvancedCollective_TheShareIsTheProvincesData(int total, int holders, bool passes)
    {
        var bacNinh = Rules with
        {
            Eligibility = Rules.Eligibility with { AdvancedCollectiveMemberShare = 0.7m, AdvancedCollectiveShareInclusive = true, AdvancedCollectiveBasis = "86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2" },
        };

        var outcome = EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(Members(total, holders), Rated((2025, PerformanceRating.Good))), rules: bacNinh).Outcome("ttldtt.advanced_worker_share");

        outcome.Passed.ShouldBe(passes);
        outcome.LegalBasis.ShouldBe("86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2");
    }

    [Fact]
    public void MemberShare_AGrassrootsFighterCountsAsHoldingLaoDongTienTien()
    {
        var members = new List<MemberFacts> { new("A", PerformanceRating.Excellent, false, true, null), new("B", PerformanceRating.Good, false, false, null) };

        EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(members)).Outcome("ttldtt.advanced_worker_share").Evidence.Single().Value.ShouldBe("1/2");
    }

    [Theory]
    [InlineData(PerformanceRating.Completed, false)]
    [InlineData(PerformanceRating.Good, true)]
    public void AdvancedCollective_TheCollectivesOwnRating(PerformanceRating rating, bool passes)
    {
        var outcome = EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(Members(2, 2), Rated((2025, rating), (2024, PerformanceRating.Excellent)))).Outcome("ttldtt.rating_good");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Rating, "Bệnh viện Đa khoa", rating.ToString().ToLowerInvariant(), 2025)]);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(DisciplineKind.Reprimand, true)]
    [InlineData(DisciplineKind.Warning, false)] // the boundary: cảnh cáo
    [InlineData(DisciplineKind.Dismissal, false)]
    public void NoMemberDisciplinedAtWarning(DisciplineKind? kind, bool passes)
    {
        var members = Members(3, 3);
        members[1] = members[1] with { MostSevereDiscipline = kind };

        var outcome = EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(members, Rated((2025, PerformanceRating.Good)))).Outcome("ttldtt.no_member_warning");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Select(e => e.Subject).ShouldBe(passes ? [] : ["Thành viên 02"]);
    }

    [Fact]
    public void ExcellentCollective_AllMembersComplete_ZeroOneAndManyMembers()
    {
        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit([])).Outcome("ttldxs.all_members_complete").Passed.ShouldBeFalse();

        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(Members(1, 1, PerformanceRating.Completed))).Outcome("ttldxs.all_members_complete").Passed.ShouldBeTrue();

        var members = Members(5, 5);
        members[3] = members[3] with { Rating = null };
        members[4] = members[4] with { Rating = PerformanceRating.NotCompleted };
        var outcome = EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(members)).Outcome("ttldxs.all_members_complete");
        outcome.Passed.ShouldBeFalse();
        outcome.Evidence.Select(e => (e.Subject, e.Value)).ShouldBe([("Bệnh viện Đa khoa", "3/5"), ("Thành viên 04", "notRecorded"), ("Thành viên 05", "notCompleted")]);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void ExcellentCollective_AtLeastOneGrassrootsFighter(int fighters, bool passes)
    {
        var members = Members(4, 4).Select((m, i) => m with { HoldsGrassrootsFighter = i < fighters }).ToList();

        var outcome = EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(members)).Outcome("ttldxs.one_grassroots_fighter");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Count.ShouldBe(fighters);
        outcome.Facts.ShouldBe($"{fighters} member(s) hold Chiến sĩ thi đua cơ sở in 2025.");
    }

    [Theory]
    [InlineData(10, 6, false)]
    [InlineData(10, 7, true)] // at least 70 % (Law 06/2022 Art. 27)
    public void ExcellentCollective_SeventyPercentAtLeast(int total, int holders, bool passes) =>
        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(Members(total, holders))).Outcome("ttldxs.advanced_worker_share").Passed.ShouldBe(passes);

    [Fact]
    public void ClusterLeader_NoneOneAndTwoClusters()
    {
        var none = EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit()).Outcome("co_thi_dua_tinh.cluster_leader");
        none.Passed.ShouldBeFalse();
        none.Evidence.ShouldBeEmpty();

        var hospitalGroup = new ClusterStanding("Khối các khoa", false, true, true);
        var notLeading = new ClusterStanding("Khối tổng hợp", true, true, false);
        var one = EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit(clusters: [hospitalGroup])).Outcome("co_thi_dua_tinh.cluster_leader");
        one.Passed.ShouldBeFalse();
        one.Facts.ShouldContain("not organised by the province: Khối các khoa");
        one.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Cluster, "Khối các khoa", "notOrganisedByProvince", 2025)]);

        var leading = new ClusterStanding("Cụm số I", true, true, true);
        var two = EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit(clusters: [notLeading, leading])).Outcome("co_thi_dua_tinh.cluster_leader");
        two.Passed.ShouldBeTrue();
        two.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Cluster, "Cụm số I", "leadingUnit", 2025)]);

        EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit(clusters: [new ClusterStanding("Cụm số II", true, false, false)]))
            .Outcome("co_thi_dua_tinh.cluster_leader").Evidence.Single().Value.ShouldBe("covenantNotFinalized");
    }

    [Fact]
    public void ClusterLeader_OnlyOnTheMeritRoute() =>
        EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit(), type: CommendationType.Thematic).Has("co_thi_dua_tinh.cluster_leader").ShouldBeFalse();

    [Theory]
    [InlineData(new[] { 2025 }, false)]
    [InlineData(new[] { 2024, 2025 }, true)]
    [InlineData(new[] { 2023, 2024 }, false)]
    public void CollectiveMerit_ExcellentTwoYearsRunning(int[] years, bool passes)
    {
        var ratings = years.ToDictionary(y => y, _ => PerformanceRating.Excellent);

        var outcome = EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, Unit(ratings: ratings)).Outcome("bang_khen_tinh_tap_the.merit_route");

        outcome.Passed.ShouldBe(passes);
        outcome.Facts.ShouldStartWith("Rated excellent in 2024 and 2025:");
        outcome.Evidence.Where(e => e.Kind == EvidenceKind.Rating).Select(e => e.Year ?? 0).ShouldBe([2024, 2025]);
    }

    [Fact]
    public void CollectiveMerit_TitlesBothYears_WithTheirDecisions_AndTheYearsAreRuleSetData()
    {
        var facts = Unit(awards: [Award(AwardCatalogue.ExcellentCollective, 2024, decision: "1/QĐ-UBND"), Award(AwardCatalogue.ExcellentCollective, 2025, decision: "2/QĐ-UBND")]);

        var outcome = EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, facts).Outcome("bang_khen_tinh_tap_the.merit_route");
        outcome.Passed.ShouldBeTrue();
        outcome.Facts.ShouldEndWith("Tập thể lao động xuất sắc in both years: yes.");
        outcome.Evidence.Where(e => e.Kind == EvidenceKind.Award).Select(e => e.Document).ShouldBe(["1/QĐ-UBND", "2/QĐ-UBND"]);

        var three = Rules with { Eligibility = Rules.Eligibility with { CollectiveMeritConsecutiveYears = 3 } };
        var longer = EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, facts, rules: three).Outcome("bang_khen_tinh_tap_the.merit_route");
        longer.Passed.ShouldBeFalse();
        longer.Facts.ShouldContain("2023, 2024 and 2025");
    }

    [Fact]
    public void ACollectiveIsNotCommendedForLongService() =>
        EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, Unit(), type: CommendationType.LongService).Rules.Select(r => r.Rule)
            .ShouldBe(["unit.active", "award.not_already_held", "long_service.individuals_only"]);
}
