using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Nominations;
using ThiDua.Application.Units;
using ThiDua.Domain.Nominations;

namespace ThiDua.Api.FunctionalTests.Nominations;

/// <summary>
/// Seed 002: Hà Nam's Khối thi đua tổng hợp (Sở Y tế) closes 2022 with Trường Cao đẳng Y tế leading its covenant ranking
/// and proposes it for the provincial emulation flag (Cờ thi đua của UBND tỉnh) for 2022; the council votes, the decision
/// is issued, and the flag appears in the college's award history.
/// The article dates the proposal 29/11/2022, under Law 2003 and Decree 91/2017, which this system does not model (its
/// rule sets begin on 2024-01-01). A dossier submitted then is refused with <c>eligibility.no_rule_set</c>; the scenario
/// is therefore replayed as a dossier received on 15/01/2024, under Law 06/2022/QH15 and Decree 98/2023.
/// </summary>
public sealed class KhoiTongHopFlagScenarioTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task TheLeadingCollege_IsProposedVotedDecided_AndHoldsTheProvincialFlag()
    {
        Factory.Clock.Now = new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var ubnd = await Admin.CreateUnitAsync("UBND-HNAM", "Ủy ban nhân dân tỉnh Hà Nam", kind: "other", province: "Hà Nam");
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", ubnd.Id, "department", "Hà Nam");
        var chiCuc = await Admin.CreateUnitAsync("CCDS-HNAM", "Chi cục Dân số – Kế hoạch hóa gia đình tỉnh Hà Nam", sở.Id, "subDepartment", "Hà Nam");
        var phapY = await Admin.CreateUnitAsync("TTPY-HNAM", "Trung tâm Pháp y tỉnh Hà Nam", sở.Id, "centre", "Hà Nam");
        var caoDang = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", sở.Id, "college", "Hà Nam");
        UnitDetailsDto[] members = [chiCuc, phapY, caoDang];
        var council = ClientFor(Roles.Council, sở.Id);
        var khoi = (await council.CreateClusterAsync("Khối thi đua tổng hợp", sở.Id, "block")).Id;
        (await council.PutTermAsync(khoi, 2022, members.Select(m => m.Id))).EnsureSuccessStatusCode();

        // The 2022 covenant: signed, self-scored, finalized with the college leading.
        var draft = await council.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId = khoi,
            year = 2022,
            title = "Giao ước thi đua năm 2022 — Khối thi đua tổng hợp",
            scaleMax = 100,
            signingDeadline = "2022-03-31",
            contents = new[] { new { number = 1, title = "Thực hiện nhiệm vụ chính trị" }, new { number = 2, title = "Phong trào thi đua" } },
            criteria = new object[]
            {
                new { code = "1.1", contentNumber = 1, description = "Hoàn thành các chỉ tiêu được giao", maxPoints = 60m, isGate = false },
                new { code = "2.1", contentNumber = 2, description = "Tổ chức các phong trào thi đua", maxPoints = 40m, isGate = false },
            },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(Ct));
        var covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;
        (await council.PostAsync($"/api/v1/covenants/{covenantId}/open-for-signing", null, Ct)).EnsureSuccessStatusCode();
        foreach (var unit in members)
        {
            (await ClientFor(Roles.UnitOfficer, unit.Id).PostAsJsonAsync($"/api/v1/covenants/{covenantId}/signatures", new { unitId = unit.Id }, Json, Ct)).EnsureSuccessStatusCode();
        }

        Factory.Clock.Now = new DateTimeOffset(2022, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
        (await council.PostAsync($"/api/v1/covenants/{covenantId}/open-for-scoring", null, Ct)).EnsureSuccessStatusCode();
        foreach (var (unit, points) in new[] { (chiCuc, 52m), (phapY, 50m), (caoDang, 58m) })
        {
            var scored = await ClientFor(Roles.UnitOfficer, unit.Id).PutAsJsonAsync(
                $"/api/v1/covenants/{covenantId}/assessments/{unit.Id}?assessor=self",
                new { criteria = new[] { new { code = "1.1", points }, new { code = "2.1", points = 38m } } },
                Json,
                Ct);
            scored.StatusCode.ShouldBe(HttpStatusCode.Created, await scored.Content.ReadAsStringAsync(Ct));
        }

        (await council.PostAsync($"/api/v1/covenants/{covenantId}/finalize", null, Ct)).EnsureSuccessStatusCode();
        var ranking = await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}/ranking", Ct));
        ranking.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("CDYT-HNAM");

        // The proposal of 29/11/2022: no rule set of this system applies to that date.
        Factory.Clock.Now = new DateTimeOffset(2022, 11, 29, 9, 0, 0, TimeSpan.FromHours(7));
        var nomination = await ReadAsync<NominationDto>(await council.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = sở.Id, year = 2022, title = "Đề nghị tặng Cờ thi đua của UBND tỉnh năm 2022 — Khối thi đua tổng hợp", covenantId,
        }, Json, Ct));
        (await council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            unitId = caoDang.Id,
            awardTypeCode = "CO_THI_DUA_TINH",
            achievementSummary = "Đơn vị dẫn đầu Khối thi đua tổng hợp năm 2022",
            evidence = new[] { "Biên bản hội nghị tổng kết Khối ngày 29/11/2022", "Bảng xếp hạng giao ước thi đua năm 2022" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await council.SubmitNominationAsync(nomination.Id), HttpStatusCode.UnprocessableEntity, EligibilityErrors.NoRuleSet.Code);

        // Replayed as received on 15/01/2024.
        Factory.Clock.Now = new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(7));
        var submitted = await ReadAsync<NominationDto>(await council.SubmitNominationAsync(nomination.Id));
        submitted.RuleSet.ShouldBe("LAW22-ND98");
        var line = submitted.Lines.ShouldHaveSingleItem();
        line.Eligibility!.IsEligible.ShouldBe(true);
        line.Eligibility.Rules.Single(r => r.Rule == "co_thi_dua_tinh.cluster_leader").Facts.ShouldContain("Khối thi đua tổng hợp");

        // The Sở proposes; the province's council decides (no council judges its own unit's dossier).
        await ShouldBeProblemAsync(await council.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        var provincialCouncil = ClientFor(Roles.Council, ubnd.Id);
        (await provincialCouncil.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct)).EnsureSuccessStatusCode();
        (await provincialCouncil.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{line.Id}/vote", new { members = 15, present = 14, yes = 13 }, Json, Ct))
            .EnsureSuccessStatusCode();
        Factory.Clock.Now = new DateTimeOffset(2024, 1, 25, 15, 0, 0, TimeSpan.FromHours(7));
        var decided = await ReadAsync<NominationDto>(await provincialCouncil.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/decide",
            await Admin.DecisionBodyAsync("125/QĐ-UBND", "2024-01-25", "UBND tỉnh Hà Nam", "Chủ tịch UBND tỉnh Hà Nam", "Chủ tịch"), Json, Ct));
        decided.Status.ShouldBe(NominationStatus.Decided);

        var history = await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/units/{caoDang.Id}/awards", Ct));
        var flag = history.Items.ShouldHaveSingleItem();
        (flag.AwardType.Name, flag.Year, flag.Decision.Number, flag.RecipientNameAtDecision, flag.BonusVnd)
            .ShouldBe(("Cờ thi đua của UBND tỉnh", 2022, "125/QĐ-UBND", "Trường Cao đẳng Y tế Hà Nam", 14_400_000L)); // 8 × 1,800,000
    }
}
