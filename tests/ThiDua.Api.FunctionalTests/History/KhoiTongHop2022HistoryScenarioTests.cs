using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Nominations;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Eligibility;

namespace ThiDua.Api.FunctionalTests.History;

/// <summary>
/// Issue 10 "Done when", seed 002: Sở Y tế Hà Nam starts using ThiDua today and enters the 2022 covenant of its Khối thi
/// đua tổng hợp (7 units) as history — opened and signed early in 2022, scored and finalized at the year-end conference
/// of 29/11/2022, Trường Cao đẳng Y tế leading. Its eligibility for the provincial flag (Cờ thi đua của UBND tỉnh) for
/// 2022 then passes the cluster-leader rule without a justification, and a live dossier for 2022 submitted today rests on
/// the historical scoreboard. The article names three of the seven members (Chi cục Dân số – KHHGĐ, Trung tâm Pháp y,
/// Trường Cao đẳng Y tế); the other four are the units whose work it reports (CDC, food safety, drug testing, medical
/// assessment), named here as such.
/// </summary>
public sealed class KhoiTongHop2022HistoryScenarioTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>"Today": the Sở enters its history on 4 December 2026.</summary>
    private static readonly DateTimeOffset Today = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private static object Historical(string occurredOn, string number, string date, string issuer = "Khối thi đua tổng hợp – Sở Y tế Hà Nam") =>
        new { occurredOn, sourceDocument = new { number, date, issuer } };

    private static object Signed(string occurredOn) => Historical(occurredOn, "01/GƯTĐ-KTH", "2022-03-10");

    private static object Conference => Historical("2022-11-29", "05/BB-KTH", "2022-11-29");

    [Fact]
    public async Task The2022Scoreboard_EnteredAsHistory_MakesTheCollegeTheClusterLeader_ForA2022FlagDossierSubmittedToday()
    {
        Factory.Clock.Now = Today;
        var ubnd = await Admin.CreateUnitAsync("UBND-HNAM", "Ủy ban nhân dân tỉnh Hà Nam", kind: "other", province: "Hà Nam");
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", ubnd.Id, "department", "Hà Nam");
        var chiCuc = await Admin.CreateUnitAsync("CCDS-HNAM", "Chi cục Dân số – Kế hoạch hóa gia đình tỉnh Hà Nam", sở.Id, "subDepartment", "Hà Nam");
        var phapY = await Admin.CreateUnitAsync("TTPY-HNAM", "Trung tâm Pháp y tỉnh Hà Nam", sở.Id, "centre", "Hà Nam");
        var caoDang = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", sở.Id, "college", "Hà Nam");
        var cdc = await Admin.CreateUnitAsync("CDC-HNAM", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam", sở.Id, "centre", "Hà Nam");
        var attp = await Admin.CreateUnitAsync("CCATTP-HNAM", "Chi cục An toàn vệ sinh thực phẩm tỉnh Hà Nam", sở.Id, "subDepartment", "Hà Nam");
        var kiemNghiem = await Admin.CreateUnitAsync("TTKN-HNAM", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh Hà Nam", sở.Id, "centre", "Hà Nam");
        var giamDinh = await Admin.CreateUnitAsync("TTGDYK-HNAM", "Trung tâm Giám định y khoa tỉnh Hà Nam", sở.Id, "centre", "Hà Nam");
        UnitDetailsDto[] members = [chiCuc, phapY, caoDang, cdc, attp, kiemNghiem, giamDinh];
        var council = ClientFor(Roles.Council, sở.Id);
        var khoi = (await council.CreateClusterAsync("Khối thi đua tổng hợp", sở.Id, "block")).Id;
        (await council.PutTermAsync(khoi, 2022, members.Select(m => m.Id))).EnsureSuccessStatusCode();

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
        var drafted = await ReadAsync<CovenantDetailsDto>(draft);
        drafted.RecordedAs.ShouldBeNull();
        var covenantId = drafted.Id;

        // Live, today, the 2022 signatures would be refused: the deadline was 31/03/2022.
        var opened = await council.PostAsJsonAsync($"/api/v1/covenants/{covenantId}/open-for-signing", new { historical = Historical("2022-02-25", "01/GƯTĐ-KTH", "2022-02-25") }, Json, Ct);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync(Ct));
        var openedCovenant = await ReadAsync<CovenantDetailsDto>(opened);
        openedCovenant.RecordedAs.ShouldBe(RecordingMode.History);
        openedCovenant.History.ShouldNotBeNull().ShouldHaveSingleItem().Action.ShouldBe("opened-for-signing");

        for (var i = 0; i < members.Length; i++)
        {
            // Early 2022; the last member signs on the deadline itself. Entering each takes a minute.
            Factory.Clock.Now = Today.AddMinutes(i + 1);
            var signedOn = i == members.Length - 1 ? "2022-03-31" : $"2022-03-{10 + i:D2}";
            var signed = await council.PostAsJsonAsync(
                $"/api/v1/covenants/{covenantId}/signatures",
                new { unitId = members[i].Id, signatoryName = "Thủ trưởng đơn vị", historical = Signed(signedOn) },
                Json,
                Ct);
            signed.StatusCode.ShouldBe(HttpStatusCode.Created, await signed.Content.ReadAsStringAsync(Ct));
        }

        var inForce = await ReadAsync<CovenantDetailsDto>(await council.GetAsync($"/api/v1/covenants/{covenantId}", Ct));
        inForce.Status.ShouldBe(CovenantStatus.InForce);
        inForce.Signatures.Count.ShouldBe(7);
        inForce.Signatures.ShouldAllBe(s => s.Historical != null && s.Historical.EnteredBy == "test-council" && s.Historical.SourceDocument.Number == "01/GƯTĐ-KTH");
        inForce.Signatures.Single(s => s.Unit.Id == giamDinh.Id).SignedOn.ShouldBe(new DateOnly(2022, 3, 31));
        inForce.Signatures.Single(s => s.Unit.Id == chiCuc.Id).SignedOn.ShouldBe(new DateOnly(2022, 3, 10));

        Factory.Clock.Now = Today.AddHours(1);
        (await council.PostAsJsonAsync($"/api/v1/covenants/{covenantId}/open-for-scoring", new { historical = Conference }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var points = new[] { 52m, 50m, 58m, 55m, 49m, 51m, 47m };
        for (var i = 0; i < members.Length; i++)
        {
            var scored = await council.PutAsJsonAsync(
                $"/api/v1/covenants/{covenantId}/assessments/{members[i].Id}?assessor=self",
                new { criteria = new[] { new { code = "1.1", points = points[i] }, new { code = "2.1", points = 38m } }, historical = Conference },
                Json,
                Ct);
            scored.StatusCode.ShouldBe(HttpStatusCode.Created, await scored.Content.ReadAsStringAsync(Ct));
            var assessment = (await ReadAsync<UnitAssessmentsDto>(scored)).Assessments.ShouldHaveSingleItem();
            assessment.RecordedAs.ShouldBe(RecordingMode.History);
            assessment.History.ShouldNotBeNull().ShouldHaveSingleItem().OccurredOn.ShouldBe(new DateOnly(2022, 11, 29));
        }

        Factory.Clock.Now = Today.AddHours(2);
        var finalized = await council.PostAsJsonAsync($"/api/v1/covenants/{covenantId}/finalize", new { historical = Conference }, Json, Ct);
        finalized.StatusCode.ShouldBe(HttpStatusCode.OK, await finalized.Content.ReadAsStringAsync(Ct));
        var covenant = await ReadAsync<CovenantDetailsDto>(finalized);
        covenant.Status.ShouldBe(CovenantStatus.Finalized);
        covenant.RecordedAs.ShouldBe(RecordingMode.History);
        covenant.History!.Select(h => (h.Action, h.OccurredOn)).ShouldBe(
            [("opened-for-signing", new DateOnly(2022, 2, 25)), ("opened-for-scoring", new DateOnly(2022, 11, 29)), ("finalized", new DateOnly(2022, 11, 29))]);
        var ranking = await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}/ranking", Ct));
        ranking.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("CDYT-HNAM");

        // The audit log marks every historical write, with who entered it and the act's real date and source.
        var audit = await ReadAsync<Page<AuditEntryDto>>(await Admin.GetAsync($"/api/v1/audit?resourceId={covenantId}&recordedAs=history&limit=200", Ct));
        var all = await Admin.GetStringAsync($"/api/v1/audit?resourceId={covenantId}&limit=200", Ct);
        audit.Items.Count.ShouldBe(10, all); // opened for signing, 7 signatures, opened for scoring, finalized
        audit.Items.ShouldAllBe(e => e.RecordedAs == RecordingMode.History && e.Subject == "test-council" && e.Historical != null);
        audit.Items[0].Historical!.OccurredOn.ShouldBe(new DateOnly(2022, 11, 29));
        audit.Items[0].Historical!.SourceDocument.Number.ShouldBe("05/BB-KTH");
        var live = await ReadAsync<Page<AuditEntryDto>>(await Admin.GetAsync($"/api/v1/audit?resourceId={covenantId}&recordedAs=live", Ct));
        live.Items.ShouldHaveSingleItem().Operation.ShouldBe("DraftCovenantCommand");

        // Eligibility for the provincial flag for 2022: the cluster-leader rule passes on the historical scoreboard.
        var eligibility = await ReadAsync<EligibilityResult>(await council.GetAsync($"/api/v1/units/{caoDang.Id}/eligibility?awardType=CO_THI_DUA_TINH&year=2022", Ct));
        var leader = eligibility.Rules.Single(r => r.Rule == "co_thi_dua_tinh.cluster_leader");
        leader.Passed.ShouldBeTrue(leader.Facts);
        leader.Facts.ShouldContain("Khối thi đua tổng hợp");
        eligibility.IsEligible.ShouldBe(true);
        var other = await ReadAsync<EligibilityResult>(await council.GetAsync($"/api/v1/units/{chiCuc.Id}/eligibility?awardType=CO_THI_DUA_TINH&year=2022", Ct));
        other.Rules.Single(r => r.Rule == "co_thi_dua_tinh.cluster_leader").Passed.ShouldBeFalse();

        // A live dossier for 2022, submitted today, rests on the historical scoreboard: eligible, no justification.
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
        var submitted = await council.SubmitNominationAsync(nomination.Id);
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync(Ct));
        var line = (await ReadAsync<NominationDto>(submitted)).Lines.ShouldHaveSingleItem();
        line.Eligibility!.IsEligible.ShouldBe(true);
        line.Eligibility.Rules.Single(r => r.Rule == "co_thi_dua_tinh.cluster_leader").Passed.ShouldBeTrue();
        line.Justification.ShouldBeNull();

        // Past awards are entered through the award import, which takes past years as they are.
        var imported = await Admin.PostAsJsonAsync($"/api/v1/units/{caoDang.Id}/awards", new
        {
            awardTypeCode = "BANG_KHEN_TINH_TAP_THE", year = 2021, commendationType = "merit",
            decision = new { number = "245/QĐ-UBND", date = "2022-02-10", issuer = "UBND tỉnh Hà Nam" },
        }, Json, Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<AwardRecordDto>(imported)).Year.ShouldBe(2021);
    }
}
