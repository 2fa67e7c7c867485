using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.AwardTypes;

/// <summary>A province's own award type applies to units of that province, between its dates (ADR 0016).</summary>
public class ProvincialAwardTypeTests
{
    private static readonly DocumentReference HN71 = DocumentReference.Create("71/2025/QĐ-UBND", new DateOnly(2025, 6, 25), "UBND thành phố Hà Nội");

    internal static ProvincialAwardType CongDanThuDo(DateOnly? to = null, string code = "HN_CONG_DAN_THU_DO_UU_TU", decimal vote = 0.9m, DateOnly? from = null) =>
        ProvincialAwardType.Create(
            new ProvincialAwardTypeDefinition(
                code, "Công dân Thủ đô ưu tú", RecipientKind.Individual, AwardCategory.EmulationTitle, AwardLevel.Provincial, "Chủ tịch UBND Thành phố", "Hà Nội",
                from ?? new DateOnly(2025, 7, 1), to, HN71, "Điều 3", 0m, "QĐ 71/2025/QĐ-UBND không quy định tiền thưởng (chưa đối chiếu)", vote, true, "71/2025/QĐ-UBND (Hà Nội), Điều 3.5"),
            Now);

    [Fact]
    public void AppliesToUnitsOfItsProvince_WhateverTheSpelling_AndNotElsewhere()
    {
        var type = CongDanThuDo();

        type.EnsureAppliesTo("hà nội", new DateOnly(2025, 7, 1));
        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.OtherProvince, () => type.EnsureAppliesTo("Bắc Ninh", new DateOnly(2025, 8, 1)));
        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.OtherProvince, () => type.EnsureAppliesTo(string.Empty, new DateOnly(2025, 8, 1)));
    }

    [Fact]
    public void AppliesBetweenItsDates_BoundariesIncluded()
    {
        var type = CongDanThuDo(to: new DateOnly(2026, 12, 31));

        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.NotInForce, () => type.EnsureAppliesTo("Hà Nội", new DateOnly(2025, 6, 30)));
        type.EnsureAppliesTo("Hà Nội", new DateOnly(2025, 7, 1));
        type.EnsureAppliesTo("Hà Nội", new DateOnly(2026, 12, 31));
        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.NotInForce, () => type.EnsureAppliesTo("Hà Nội", new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void ItsRules_CarryTheVoteAndBonusWithTheirBasis_AndItsCitationIsTheRegulation()
    {
        var type = CongDanThuDo();
        var rule = type.ToAwardRule();

        rule.Vote.ShouldBe(new VoteThreshold(0.9m, true, "71/2025/QĐ-UBND (Hà Nội), Điều 3.5"));
        rule.Vote.IsMet(yes: 17, writtenYes: 0, members: 20, present: 18).ShouldBeFalse(); // 85 %
        rule.Vote.IsMet(yes: 17, writtenYes: 1, members: 20, present: 18).ShouldBeTrue(); // 90 %
        type.ToAwardType().LegalBasis.ShouldBe("71/2025/QĐ-UBND (Hà Nội), Điều 3");
        type.ToAwardType().Province.ShouldBe("Hà Nội");

        var applied = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.WithProvincialAwardTypes([type.ToAwardType()], [rule]);
        applied.RuleFor(type.Code).ShouldBe(rule);
        applied.FindAwardType(type.Code)!.Name.ShouldBe("Công dân Thủ đô ưu tú");
    }

    [Fact]
    public void Create_RefusesANationalCode_ReversedDates_ABadVote_AndADateBeforeItsRegulation()
    {
        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.NationalCode, () => CongDanThuDo(code: "cstdcs"));
        DomainAssert.ShouldViolate(ProvincialAwardTypeErrors.EndsBeforeStart, () => CongDanThuDo(to: new DateOnly(2025, 6, 30)));
        DomainAssert.ShouldViolate(RuleSetErrors.ShareOutOfRange, () => CongDanThuDo(vote: 1.1m));
        DomainAssert.ShouldViolate(RuleSetErrors.OverrideBeforeItsRegulation, () => CongDanThuDo(from: new DateOnly(2025, 6, 24)));
        CongDanThuDo(to: new DateOnly(2025, 7, 1)).EffectiveTo.ShouldBe(new DateOnly(2025, 7, 1)); // one day
    }
}
