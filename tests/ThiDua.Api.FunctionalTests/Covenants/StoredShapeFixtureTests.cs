using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.FunctionalTests.Covenants;

/// <summary>
/// The stored shapes of covenants (issue 16 part 4, ADR 0024) against rows in the format written before they existed:
/// <c>covenants.terms</c> and <c>history</c>, <c>covenant_signatures.historical</c>, <c>covenant_assessments.scores</c>
/// and <c>history</c>. Each column is (a) written as the literal fixture says (today's format, plus <c>"v": 1</c> where
/// the stored shape now adds it), so a rename on write fails here, and (b) read back from the fixture without <c>v</c>
/// (a row written before versioning), so a rename on read fails here; a row of a version this build does not know is
/// refused, not misread.
/// </summary>
public sealed class StoredShapeFixtureTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset Today = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    /// <summary>covenants.terms as written before stored shapes (the derived <c>effective…</c> members included).</summary>
    private const string TermsFixture = """
        {
          "title": "Giao ước thi đua năm 2022 — Khối tổng hợp",
          "scaleMax": 100,
          "signingDeadline": "2022-03-31",
          "contents": [{ "number": 1, "title": "Chuyên môn" }, { "number": 2, "title": "Kỷ luật" }],
          "criteria": [
            { "code": "1.1", "contentNumber": 1, "description": "Chỉ tiêu chuyên môn", "maxPoints": 30, "weight": 2, "isGate": false },
            { "code": "2.1", "contentNumber": 2, "description": "Không có vi phạm nghiêm trọng", "maxPoints": 40, "weight": 1, "isGate": true }
          ],
          "bonusRules": [{ "code": "B1", "description": "Sáng kiến được công nhận", "cap": 5 }],
          "penaltyRules": [{ "code": "P1", "description": "Báo cáo chậm", "cap": 10 }],
          "tieBreakers": [2, 1],
          "phases": [
            { "number": 1, "name": "Đợt I", "start": "2022-01-01", "end": "2022-04-30", "theme": "Mừng Đảng, mừng xuân", "focus": null, "commemorations": ["92 năm ngày thành lập Đảng Cộng sản Việt Nam"] }
          ],
          "effectiveTieBreakers": [2, 1],
          "effectivePhases": [
            { "number": 1, "name": "Đợt I", "start": "2022-01-01", "end": "2022-04-30", "theme": "Mừng Đảng, mừng xuân", "focus": null, "commemorations": ["92 năm ngày thành lập Đảng Cộng sản Việt Nam"] }
          ]
        }
        """;

    /// <summary>covenants.history: each entry already carried <c>v</c> (HistoricalRecordV1, issue 16 foundation).</summary>
    private const string CovenantHistoryFixture = """
        [
          { "v": 1, "action": "opened-for-signing", "occurredOn": "2022-02-25", "sourceNumber": "01/GƯTĐ-KTH", "sourceDate": "2022-02-25", "sourceIssuer": "Khối thi đua tổng hợp", "enteredBy": "test-admin", "enteredAt": "2026-12-04T02:00:00+00:00" },
          { "v": 1, "action": "opened-for-scoring", "occurredOn": "2022-11-29", "sourceNumber": "05/BB-KTH", "sourceDate": "2022-11-29", "sourceIssuer": "Khối thi đua tổng hợp", "enteredBy": "test-admin", "enteredAt": "2026-12-04T02:00:00+00:00" }
        ]
        """;

    /// <summary>covenant_signatures.historical as written before stored shapes.</summary>
    private const string SignatureFixture = """
        { "action": "signed", "occurredOn": "2022-03-10", "sourceNumber": "01/GƯTĐ-KTH", "sourceDate": "2022-03-10", "sourceIssuer": "Khối thi đua tổng hợp", "enteredBy": "test-admin", "enteredAt": "2026-12-04T02:00:00+00:00" }
        """;

    /// <summary>covenant_assessments.scores as written before stored shapes.</summary>
    private const string ScoresFixture = """
        { "criteria": { "1.1": 27.5, "2.1": 40 }, "bonuses": { "B1": 2 }, "penalties": { "P1": 0.5 } }
        """;

    /// <summary>covenant_assessments.history (HistoricalRecordV1).</summary>
    private const string AssessmentHistoryFixture = """
        [
          { "v": 1, "action": "recorded", "occurredOn": "2022-11-29", "sourceNumber": "05/BB-KTH", "sourceDate": "2022-11-29", "sourceIssuer": "Khối thi đua tổng hợp", "enteredBy": "test-admin", "enteredAt": "2026-12-04T02:00:00+00:00" }
        ]
        """;

    private UnitDetailsDto[] _units = [];
    private Guid _covenantId;

    private static object Historical(string occurredOn, string number, string date) =>
        new { occurredOn, sourceDocument = new { number, date, issuer = "Khối thi đua tổng hợp" } };

    /// <summary>Khối tổng hợp's 2022 covenant entered as history: opened, signed by both members, scoring opened, one self-assessment.</summary>
    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = Today;
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        _units = [await Admin.CreateUnitAsync("CC-DS", "Chi cục Dân số – KHHGĐ", sở.Id), await Admin.CreateUnitAsync("TT-PY", "Trung tâm Pháp y", sở.Id)];
        var clusterId = (await Admin.CreateClusterAsync("Khối thi đua tổng hợp", sở.Id)).Id;
        (await Admin.PutTermAsync(clusterId, 2022, _units.Select(u => u.Id), _units[0].Id)).EnsureSuccessStatusCode();
        var draft = await Admin.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId,
            year = 2022,
            title = "Giao ước thi đua năm 2022 — Khối tổng hợp",
            scaleMax = 100,
            signingDeadline = "2022-03-31",
            contents = new[] { new { number = 1, title = "Chuyên môn" }, new { number = 2, title = "Kỷ luật" } },
            criteria = new object[]
            {
                new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 30m, weight = 2m, isGate = false },
                new { code = "2.1", contentNumber = 2, description = "Không có vi phạm nghiêm trọng", maxPoints = 40m, weight = 1m, isGate = true },
            },
            bonusRules = new[] { new { code = "B1", description = "Sáng kiến được công nhận", cap = 5m } },
            penaltyRules = new[] { new { code = "P1", description = "Báo cáo chậm", cap = 10m } },
            tieBreakers = new[] { "higherWomenShare", "fewerPenaltyPoints" },
            phases = new[]
            {
                new { name = "Đợt I", start = "2022-01-01", end = "2022-04-30", theme = "Mừng Đảng, mừng xuân", commemorations = new[] { "92 năm ngày thành lập Đảng Cộng sản Việt Nam" } },
            },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(Ct));
        _covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;

        var opened = await Admin.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-signing", new { historical = Historical("2022-02-25", "01/GƯTĐ-KTH", "2022-02-25") }, Json, Ct);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync(Ct));
        foreach (var unit in _units)
        {
            var signed = await Admin.PostAsJsonAsync(
                $"/api/v1/covenants/{_covenantId}/signatures",
                new { unitId = unit.Id, signatoryName = "Thủ trưởng đơn vị", historical = Historical("2022-03-10", "01/GƯTĐ-KTH", "2022-03-10") },
                Json,
                Ct);
            signed.StatusCode.ShouldBe(HttpStatusCode.Created, await signed.Content.ReadAsStringAsync(Ct));
        }

        var scoring = await Admin.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/open-for-scoring", new { historical = Historical("2022-11-29", "05/BB-KTH", "2022-11-29") }, Json, Ct);
        scoring.StatusCode.ShouldBe(HttpStatusCode.OK, await scoring.Content.ReadAsStringAsync(Ct));
        var scored = await Admin.PutAsJsonAsync(
            $"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}?assessor=self",
            new
            {
                criteria = new[] { new { code = "1.1", points = 27.5m }, new { code = "2.1", points = 40m } },
                bonuses = new[] { new { code = "B1", points = 2m } },
                penalties = new[] { new { code = "P1", points = 0.5m } },
                staff = new { total = 40, women = 25 },
                historical = Historical("2022-11-29", "05/BB-KTH", "2022-11-29"),
            },
            Json,
            Ct);
        scored.StatusCode.ShouldBe(HttpStatusCode.Created, await scored.Content.ReadAsStringAsync(Ct));
    }

    private string SignatureRow => $"covenant_signatures WHERE covenant_id = '{_covenantId}' AND unit_id = '{_units[0].Id}'";

    private string AssessmentRow => $"covenant_assessments WHERE covenant_id = '{_covenantId}' AND assessed_unit_id = '{_units[0].Id}'";

    private string CovenantRow => $"covenants WHERE id = '{_covenantId}'";

    [Fact]
    public async Task EveryJsonbColumn_IsWritten_InTheFixtureFormat()
    {
        await ArrangeAsync();

        await ShouldStoreAsync("terms", CovenantRow, WithVersion(TermsFixture));
        await ShouldStoreAsync("history", CovenantRow, CovenantHistoryFixture);
        await ShouldStoreAsync("historical", SignatureRow, WithVersion(SignatureFixture));
        await ShouldStoreAsync("scores", AssessmentRow, WithVersion(ScoresFixture));
        await ShouldStoreAsync("history", AssessmentRow, AssessmentHistoryFixture);
    }

    [Fact]
    public async Task RowsWrittenBeforeVersioning_AreRead_AsTheyWereStored()
    {
        await ArrangeAsync();
        await ExecuteAsync($"UPDATE thidua.{CovenantRow.Replace("covenants WHERE", "covenants SET terms = @terms::jsonb, history = @history::jsonb WHERE", StringComparison.Ordinal)}",
            ("terms", TermsFixture.Replace("Khối tổng hợp\",", "Khối tổng hợp (bản ghi cũ)\",", StringComparison.Ordinal)),
            ("history", WithoutVersion(CovenantHistoryFixture)));
        await ExecuteAsync($"UPDATE thidua.{SignatureRow.Replace("covenant_signatures WHERE", "covenant_signatures SET historical = @historical::jsonb WHERE", StringComparison.Ordinal)}",
            ("historical", SignatureFixture.Replace("\"2022-03-10\", \"sourceNumber\"", "\"2022-03-09\", \"sourceNumber\"", StringComparison.Ordinal)));
        await ExecuteAsync($"UPDATE thidua.{AssessmentRow.Replace("covenant_assessments WHERE", "covenant_assessments SET scores = @scores::jsonb, history = @history::jsonb WHERE", StringComparison.Ordinal)}",
            ("scores", ScoresFixture.Replace("27.5", "26.25", StringComparison.Ordinal)),
            ("history", WithoutVersion(AssessmentHistoryFixture)));

        var covenant = await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}", Ct));
        covenant.Title.ShouldBe("Giao ước thi đua năm 2022 — Khối tổng hợp (bản ghi cũ)");
        covenant.ScaleMax.ShouldBe(100m);
        covenant.SigningDeadline.ShouldBe(new DateOnly(2022, 3, 31));
        covenant.Contents.ShouldBe([new Application.Covenants.CovenantContent(1, "Chuyên môn"), new Application.Covenants.CovenantContent(2, "Kỷ luật")]);
        covenant.Criteria.ShouldBe([
            new Application.Covenants.CovenantCriterion("1.1", 1, "Chỉ tiêu chuyên môn", 30m, 2m, false),
            new Application.Covenants.CovenantCriterion("2.1", 2, "Không có vi phạm nghiêm trọng", 40m, 1m, true)]);
        covenant.BonusRules.ShouldBe([new Application.Covenants.CovenantAdjustmentRule("B1", "Sáng kiến được công nhận", 5m)]);
        covenant.PenaltyRules.ShouldBe([new Application.Covenants.CovenantAdjustmentRule("P1", "Báo cáo chậm", 10m)]);
        var phase = covenant.Phases.ShouldHaveSingleItem();
        (phase.Number, phase.Name, phase.Start, phase.End, phase.Theme, phase.Focus).ShouldBe((1, "Đợt I", new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 30), "Mừng Đảng, mừng xuân", (string?)null));
        phase.Commemorations.ShouldBe(["92 năm ngày thành lập Đảng Cộng sản Việt Nam"]);
        covenant.History!.Select(h => (h.Action, h.OccurredOn)).ShouldBe([("opened-for-signing", new DateOnly(2022, 2, 25)), ("opened-for-scoring", new DateOnly(2022, 11, 29))]);
        covenant.History![0].EnteredBy.ShouldBe("test-admin");
        covenant.History![0].EnteredAt.ShouldBe(Today);
        var signature = covenant.Signatures.Single(s => s.Unit.Id == _units[0].Id);
        signature.Historical!.Action.ShouldBe("signed");
        signature.Historical.OccurredOn.ShouldBe(new DateOnly(2022, 3, 9));
        signature.Historical.EnteredAt.ShouldBe(Today);

        // The tie-breakers stored as [2, 1]: women share first, then fewer penalty points.
        var ranking = await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/ranking", Ct));
        ranking.TieBreakers.ShouldBe([TieBreaker.HigherWomenShare, TieBreaker.FewerPenaltyPoints]);

        var assessments = await ReadAsync<UnitAssessmentsDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}", Ct));
        var self = assessments.Assessments.ShouldHaveSingleItem();
        self.Assessor.ShouldBe(AssessorKind.Self);
        self.Criteria.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ShouldBe([("1.1", 26.25m), ("2.1", 40m)]);
        self.Bonuses.Select(c => (c.Key, c.Value)).ShouldBe([("B1", 2m)]);
        self.Penalties.Select(c => (c.Key, c.Value)).ShouldBe([("P1", 0.5m)]);
        self.Staff.ShouldBe(new Application.Covenants.StaffComposition(40, 25));
        self.RecordedAs.ShouldBe(RecordingMode.History);
        self.History!.ShouldHaveSingleItem().Action.ShouldBe("recorded");
    }

    [Fact]
    public async Task ScoresWrittenOutsideTheApi_WithCodesTheApiWouldRefuse_AreReadAsStored()
    {
        await ArrangeAsync();
        var longCode = new string('X', 70);
        await ExecuteAsync($"UPDATE thidua.{AssessmentRow.Replace("covenant_assessments WHERE", "covenant_assessments SET scores = @scores::jsonb WHERE", StringComparison.Ordinal)}",
            ("scores", $$"""{ "v": 1, "criteria": { "1.1": 27.5, "{{longCode}}": 1, "C\"1": 2 }, "bonuses": {} }"""));

        var assessments = await ReadAsync<UnitAssessmentsDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}", Ct));

        var self = assessments.Assessments.ShouldHaveSingleItem();
        self.Criteria.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ShouldBe([("1.1", 27.5m), ("C\"1", 2m), (longCode, 1m)]);
        self.Bonuses.ShouldBeEmpty();
        self.Penalties.ShouldBeEmpty();
    }

    [Fact]
    public async Task ARowOfAnUnknownVersion_IsRefused_NotMisread()
    {
        await ArrangeAsync();
        var covenant = $"/api/v1/covenants/{_covenantId}";
        var assessments = $"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}";

        await ExecuteAsync($"UPDATE thidua.covenants SET terms = jsonb_set(terms, '{{v}}', '2') WHERE id = '{_covenantId}'");
        await ShouldBeProblemAsync(await Admin.GetAsync(covenant, Ct), HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
        await ExecuteAsync($"UPDATE thidua.covenants SET terms = jsonb_set(terms, '{{v}}', '1') WHERE id = '{_covenantId}'");
        (await Admin.GetAsync(covenant, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ExecuteAsync($"UPDATE thidua.{SignatureRow.Replace("covenant_signatures WHERE", "covenant_signatures SET historical = jsonb_set(historical, '{v}', '2') WHERE", StringComparison.Ordinal)}");
        await ShouldBeProblemAsync(await Admin.GetAsync(covenant, Ct), HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);

        await ExecuteAsync($"UPDATE thidua.{AssessmentRow.Replace("covenant_assessments WHERE", "covenant_assessments SET scores = jsonb_set(scores, '{v}', '2') WHERE", StringComparison.Ordinal)}");
        await ShouldBeProblemAsync(await Admin.GetAsync(assessments, Ct), HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
    }

    private static string WithVersion(string fixture) => "{ \"v\": 1, " + fixture.Trim()[1..];

    private static string WithoutVersion(string fixture) => fixture.Replace("\"v\": 1, ", string.Empty, StringComparison.Ordinal);

    /// <summary>The column holds exactly <paramref name="expected"/>, compared as jsonb (member order and number formatting aside).</summary>
    private async Task ShouldStoreAsync(string column, string row, string expected)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand($"SELECT {column} = @expected::jsonb, {column}::text FROM thidua.{row}", connection);
        command.Parameters.AddWithValue("expected", expected);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        (await reader.ReadAsync(Ct)).ShouldBeTrue($"no row {row}");
        reader.GetBoolean(0).ShouldBeTrue($"{row}: {column} is stored as {reader.GetString(1)}");
    }

    private async Task ExecuteAsync(string sql, params (string Name, string Json)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, json) in parameters)
        {
            command.Parameters.AddWithValue(name, json);
        }

        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1, sql);
    }
}
