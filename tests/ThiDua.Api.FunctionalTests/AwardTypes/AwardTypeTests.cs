using System.Net;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.AwardTypes;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Api.FunctionalTests.AwardTypes;

/// <summary>The award catalogue and the rule sets over HTTP: rules by date, bonuses, vote thresholds.</summary>
public sealed class AwardTypeTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private HttpClient Reader => ClientFor(Roles.UnitOfficer, Guid.NewGuid());

    [Fact]
    public async Task AwardType_CarriesTheRulesInForceOnTheDate()
    {
        var before = await ReadAsync<AwardTypeDto>(await Reader.GetAsync("/api/v1/award-types/CO_THI_DUA_TINH?on=2025-06-30", Ct));
        var after = await ReadAsync<AwardTypeDto>(await Reader.GetAsync("/api/v1/award-types/co_thi_dua_tinh?on=2025-07-01", Ct));
        var old = await ReadAsync<AwardTypeDto>(await Reader.GetAsync("/api/v1/award-types/CO_THI_DUA_TINH?on=2023-06-01", Ct));

        before.RuleSet.ShouldBe(RuleSetCatalogue.Law22Decree98);
        after.RuleSet.ShouldBe(RuleSetCatalogue.Law22Decree152);
        (after.Name, after.RecipientKind, after.Level).ShouldBe(("Cờ thi đua của UBND tỉnh", RecipientKind.Collective, AwardLevel.Provincial));
        (after.BonusCoefficient, after.BaseSalaryVnd, after.BonusVnd).ShouldBe((8m, 2_340_000L, 18_720_000L));
        after.Vote!.Share.ShouldBe(0.8m);
        after.Vote.OfAllMembers.ShouldBeTrue();
        (old.RuleSet, old.BonusVnd).ShouldBe((null, null));
    }

    [Fact]
    public async Task List_FiltersByRecipientKind_AndPagesByCode()
    {
        var individual = await ReadAsync<Page<AwardTypeDto>>(await Reader.GetAsync("/api/v1/award-types?recipientKind=individual&limit=200", Ct));
        var first = await ReadAsync<Page<AwardTypeDto>>(await Reader.GetAsync("/api/v1/award-types?limit=10", Ct));
        var second = await ReadAsync<Page<AwardTypeDto>>(await Reader.GetAsync($"/api/v1/award-types?limit=10&cursor={first.NextCursor}", Ct));

        individual.Items.ShouldAllBe(a => a.RecipientKind == RecipientKind.Individual);
        individual.Items.Select(a => a.Code).ShouldContain("CSTDCS");
        first.Items.Concat(second.Items).Select(a => a.Code).ShouldBe(AwardCatalogue.All.Select(a => a.Code).Order(StringComparer.Ordinal));
        second.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task AwardType_Returns404_ForAnUnknownCode_And400_ForABadDate()
    {
        await ShouldBeProblemAsync(await Reader.GetAsync("/api/v1/award-types/CO_THI_DUA_XUAT_SAC", Ct), HttpStatusCode.NotFound, NotFoundErrors.AwardType.Code);
        await ShouldBeProblemAsync(await Reader.GetAsync("/api/v1/award-types?on=30-06-2025", Ct), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        await ShouldBeValidationProblemAsync(await Reader.GetAsync("/api/v1/award-types?recipientKind=household", Ct), "recipientKind");
    }

    [Fact]
    public async Task RuleSets_AreListedWithTheirDates_AndReadByCode()
    {
        var all = await ReadAsync<Page<RuleSet>>(await Reader.GetAsync("/api/v1/rule-sets", Ct));
        var current = await ReadAsync<RuleSet>(await Reader.GetAsync("/api/v1/rule-sets/LAW22-ND152", Ct));

        all.Items.Select(r => (r.Code, r.EffectiveFrom, r.EffectiveTo)).ShouldBe(
            [(RuleSetCatalogue.Law22Decree98, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)), (RuleSetCatalogue.Law22Decree152, new DateOnly(2025, 7, 1), (DateOnly?)null)]);
        current.Eligibility.AdvancedCollectiveMemberShare.ShouldBe(0.5m);
        current.Awards.Single(a => a.AwardTypeCode == "CSTD_TINH").Vote.Share.ShouldBe(0.9m);
        await ShouldBeProblemAsync(await Reader.GetAsync("/api/v1/rule-sets/ND91", Ct), HttpStatusCode.NotFound, NotFoundErrors.RuleSet.Code);
    }
}
