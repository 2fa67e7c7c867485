using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.FunctionalTests.History;

/// <summary>
/// Historical record mode on covenants over HTTP (ADR 0014): who may use it, the dates it accepts, and that history and
/// live never change each other's records. Seed 001 (Hà Nội, Cụm thi đua số 2, 2018) supplies the 2018 signatures.
/// </summary>
public sealed class CovenantHistoryTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset Today = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private UnitDetailsDto _sở = null!;
    private List<UnitDetailsDto> _units = null!;
    private Guid _covenantId;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private static object Historical(string occurredOn, string number = "01/GƯTĐ-C2", string date = "2018-03-28") =>
        new { occurredOn, sourceDocument = new { number, date, issuer = "Cụm thi đua số 2 – ngành y tế Hà Nội" } };

    /// <summary>Cụm thi đua số 2 of 2018 with <paramref name="members"/> units and its drafted covenant; the clock is today.</summary>
    private async Task ArrangeAsync(int members = 3, int year = 2018)
    {
        Factory.Clock.Now = Today;
        _sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        _units = [await Admin.CreateUnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội", _sở.Id)];
        for (var i = 1; i < members; i++)
        {
            _units.Add(await Admin.CreateUnitAsync($"C2-{i:D2}", $"Đơn vị số {i:D2} cụm 2", _sở.Id));
        }

        var clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số 2", _sở.Id)).Id;
        (await Admin.PutTermAsync(clusterId, year, _units.Select(u => u.Id), _units[0].Id)).EnsureSuccessStatusCode();
        var draft = await Council.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId,
            year,
            title = $"Giao ước thi đua năm {year} — Cụm thi đua số 2 ngành y tế Hà Nội",
            scaleMax = 100,
            signingDeadline = $"{year}-03-31",
            contents = new[] { new { number = 1, title = "Thực hiện nhiệm vụ chuyên môn" } },
            criteria = new[] { new { code = "1.1", contentNumber = 1, description = "Hoàn thành chỉ tiêu kế hoạch", maxPoints = 100m, isGate = false } },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(Ct));
        _covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;
    }

    private Task<HttpResponseMessage> OpenAsync(HttpClient client, object? historical) =>
        client.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-signing", new { historical }, Json, Ct);

    private Task<HttpResponseMessage> SignAsync(HttpClient client, UnitDetailsDto unit, object? historical) =>
        client.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/signatures", new { unitId = unit.Id, signatoryName = "Giám đốc", historical }, Json, Ct);

    private async Task SignAllAsHistoryAsync()
    {
        (await OpenAsync(Council, Historical("2018-03-28"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var unit in _units)
        {
            (await SignAsync(Council, unit, Historical("2018-03-28"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Signatures2018_EnteredAsHistory_AreCheckedAgainstTheir2018Deadline()
    {
        await ArrangeAsync();
        (await OpenAsync(Council, null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Live today, a 2018 signature is too late.
        await ShouldBeProblemAsync(await SignAsync(ClientFor(Roles.UnitOfficer, _units[0].Id), _units[0], null), HttpStatusCode.UnprocessableEntity, CovenantErrors.SigningDeadlinePassed.Code);

        // A covenant opened live stays live: history cannot add to it.
        await ShouldBeProblemAsync(await SignAsync(Council, _units[0], Historical("2018-03-28")), HttpStatusCode.Conflict, HistoryErrors.RecordIsLive.Code);
    }

    [Fact]
    public async Task Signatures2018_OfCluster2_AreEnteredAsHistory_WithTheirRealDates()
    {
        await ArrangeAsync(members: 20);
        (await OpenAsync(Council, Historical("2018-03-28"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var unit in _units)
        {
            var signed = await SignAsync(Admin, unit, Historical("2018-03-28"));
            signed.StatusCode.ShouldBe(HttpStatusCode.Created, await signed.Content.ReadAsStringAsync(Ct));
        }

        var covenant = await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}", Ct));
        covenant.Status.ShouldBe(CovenantStatus.InForce);
        covenant.RecordedAs.ShouldBe(RecordingMode.History);
        covenant.Signatures.Count.ShouldBe(20);
        covenant.Signatures.ShouldAllBe(s => s.SignedOn == new DateOnly(2018, 3, 28) && s.Historical!.Action == "signed" && s.Historical.EnteredBy == "test-admin");
        covenant.Signatures.ShouldAllBe(s => s.SignedAt == Today);
    }

    [Fact]
    public async Task HistoricalSignature_OnTheDayAfterTheDeadline_IsRefused_OnTheDeadline_Accepted()
    {
        await ArrangeAsync();
        (await OpenAsync(Council, Historical("2018-03-01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(await SignAsync(Council, _units[0], Historical("2018-04-01")), HttpStatusCode.UnprocessableEntity, CovenantErrors.SigningDeadlinePassed.Code);
        (await SignAsync(Council, _units[0], Historical("2018-03-31"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task UnitOfficers_AndIntegrationClients_CannotUseHistoryMode_OutsideCouncilsNeither()
    {
        await ArrangeAsync();
        // A unit officer never manages a covenant, live or not; an integration client may, but not as history.
        await ShouldBeProblemAsync(await OpenAsync(ClientFor(Roles.UnitOfficer, _sở.Id), Historical("2018-03-28")), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(await OpenAsync(ClientFor(Roles.Integration, _sở.Id, "thidua.write"), Historical("2018-03-28")), HttpStatusCode.Forbidden, HistoryRecording.RoleNotAllowed.Code);
        var elsewhere = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        await ShouldBeProblemAsync(await OpenAsync(ClientFor(Roles.Council, elsewhere.Id), Historical("2018-03-28")), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);

        (await OpenAsync(Council, Historical("2018-03-28"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A unit officer signing its own unit's 2018 signature as history.
        await ShouldBeProblemAsync(await SignAsync(ClientFor(Roles.UnitOfficer, _units[1].Id), _units[1], Historical("2018-03-28")), HttpStatusCode.Forbidden, HistoryRecording.RoleNotAllowed.Code);
    }

    [Fact]
    public async Task HistoricalDates_InTheFuture_OutsideTheYear_OrBeforeAnEarlierAct_AreRefused()
    {
        await ArrangeAsync();
        await ShouldBeProblemAsync(await OpenAsync(Council, Historical("2026-12-05", date: "2026-12-04")), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateInFuture.Code);
        await ShouldBeProblemAsync(await OpenAsync(Council, Historical("2016-12-31")), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateOutsidePeriod.Code);
        (await OpenAsync(Council, Historical("2018-03-28"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(await SignAsync(Council, _units[0], Historical("2018-03-27")), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateBeforePreviousAct.Code);
        foreach (var unit in _units)
        {
            (await SignAsync(Council, unit, Historical("2018-03-29"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var scoring = $"/api/v1/covenants/{_covenantId}/open-for-scoring";
        await ShouldBeProblemAsync(await Council.PostAsJsonAsync(scoring, new { historical = Historical("2018-03-28") }, Json, Ct), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateBeforePreviousAct.Code);
        await ShouldBeProblemAsync(await Council.PostAsJsonAsync(scoring, new { historical = Historical("2020-01-01") }, Json, Ct), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateOutsidePeriod.Code);
        (await Council.PostAsJsonAsync(scoring, new { historical = Historical("2019-01-10", "07/BB-C2", "2019-01-10") }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnIncompleteHistoricalObject_IsA400_NamingTheField()
    {
        await ArrangeAsync();
        await ShouldBeValidationProblemAsync(
            await Council.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-signing", new { historical = new { occurredOn = "2018-03-28" } }, Json, Ct),
            "historical.sourceDocument");
        await ShouldBeValidationProblemAsync(
            await Council.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-signing", new { historical = new { sourceDocument = new { number = "01/GƯTĐ-C2", date = "2018-03-28" } } }, Json, Ct),
            "historical.occurredOn");
    }

    [Fact]
    public async Task HistoricalScores_FollowTheCovenant_AndLiveWritesCannotChangeThem()
    {
        await ArrangeAsync();
        await SignAllAsHistoryAsync();
        (await Council.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-scoring", new { historical = Historical("2018-12-05", "09/BB-C2", "2018-12-05") }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var assessment = $"/api/v1/covenants/{_covenantId}/assessments/{_units[1].Id}?assessor=self";
        var score = new { criteria = new[] { new { code = "1.1", points = 90m } } };

        // Scoring was entered as history: a live self-assessment today is refused, even by the unit itself.
        await ShouldBeProblemAsync(await ClientFor(Roles.UnitOfficer, _units[1].Id).PutAsJsonAsync(assessment, score, Json, Ct), HttpStatusCode.Conflict, HistoryErrors.RecordIsHistorical.Code);
        await ShouldBeProblemAsync(
            await Council.PutAsJsonAsync(assessment, new { criteria = score.criteria, historical = Historical("2018-12-04", "09/BB-C2", "2018-12-05") }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            HistoryErrors.DateBeforePreviousAct.Code);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, _units[1].Id).PutAsJsonAsync(assessment, new { criteria = score.criteria, historical = Historical("2018-12-05") }, Json, Ct),
            HttpStatusCode.Forbidden,
            HistoryRecording.RoleNotAllowed.Code);
        var recorded = await Council.PutAsJsonAsync(assessment, new { criteria = score.criteria, historical = Historical("2018-12-05", "09/BB-C2", "2018-12-05") }, Json, Ct);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync(Ct));

        // Finalized live (history precedes live): from then on the covenant is live and history cannot touch it.
        await ShouldBeProblemAsync(
            await Council.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/finalize", new { historical = Historical("2018-12-04", "09/BB-C2", "2018-12-05") }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            HistoryErrors.DateBeforePreviousAct.Code);
        var finalized = await Council.PostAsync($"/api/v1/covenants/{_covenantId}/finalize", null, Ct);
        finalized.StatusCode.ShouldBe(HttpStatusCode.OK);
        var covenant = await ReadAsync<CovenantDetailsDto>(finalized);
        covenant.RecordedAs.ShouldBe(RecordingMode.Live);
        covenant.History!.Select(h => h.Action).ShouldBe(["opened-for-signing", "opened-for-scoring"]);
    }

    [Fact]
    public async Task ALiveSignature_AfterHistoricalOnes_MakesTheCovenantLive_AndHistoryCannotFollow()
    {
        await ArrangeAsync(year: 2026);
        Factory.Clock.Now = new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(7));
        (await OpenAsync(Council, Historical("2026-02-10", "01/GƯTĐ-C2", "2026-02-10"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignAsync(Council, _units[0], Historical("2026-02-10", "01/GƯTĐ-C2", "2026-02-10"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The second unit signs live, before the deadline: the covenant is live from now on.
        (await SignAsync(ClientFor(Roles.UnitOfficer, _units[1].Id), _units[1], null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await SignAsync(Council, _units[2], Historical("2026-02-11", "01/GƯTĐ-C2", "2026-02-10")), HttpStatusCode.Conflict, HistoryErrors.RecordIsLive.Code);
        var covenant = await ReadAsync<CovenantDetailsDto>(await SignAsync(ClientFor(Roles.UnitOfficer, _units[2].Id), _units[2], null));
        covenant.RecordedAs.ShouldBe(RecordingMode.Live);
        covenant.Signatures.Count(s => s.Historical is not null).ShouldBe(1);

        // Scored live: historical scores and a historical finalization are refused.
        Factory.Clock.Now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7));
        (await Council.PostAsync($"/api/v1/covenants/{_covenantId}/open-for-scoring", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = Historical("2026-11-30", "09/BB-C2", "2026-11-30");
        await ShouldBeProblemAsync(
            await Council.PutAsJsonAsync($"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}?assessor=self", new { criteria = new[] { new { code = "1.1", points = 90m } }, historical = late }, Json, Ct),
            HttpStatusCode.Conflict,
            HistoryErrors.RecordIsLive.Code);
        await ShouldBeProblemAsync(
            await Council.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/finalize", new { historical = late }, Json, Ct), HttpStatusCode.Conflict, HistoryErrors.RecordIsLive.Code);
    }
}
