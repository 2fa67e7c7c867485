using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// The jsonb documents of campaigns, registrations and reports (issue 16 part 4, ADR 0024) against fixtures written in
/// the format stored before their stored shapes existed: what is written now equals the fixture (plus <c>"v": 1</c>),
/// rows in the old format (no <c>v</c>) read back unchanged, and a row of a version this build does not know is refused.
/// </summary>
public sealed class StoredShapeFixtureTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly DateTimeOffset Today = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private UnitDetailsDto _hospital = null!;

    private HttpClient Council => ClientFor(Roles.Council, Authority.Id);

    /// <summary>campaigns.plan as stored before stored shapes; <c>{hospital}</c> is the listed scope unit.</summary>
    private const string PlanFixture = """
        {
          "title": "Phong trào thi đua yêu nước năm 2020",
          "theme": "Phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ trong trạng thái bình thường mới",
          "slogan": "Đoàn kết, sáng tạo",
          "kind": 1,
          "periodStart": "2020-06-26",
          "periodEnd": "2020-12-31",
          "letter": {
            "number": "1975/SYT-VP",
            "date": "2020-07-01",
            "signerName": "Trịnh Hữu Hùng",
            "signerTitle": "Giám đốc",
            "recipients": ["Thủ trưởng các đơn vị trong ngành", "LĐLĐ tỉnh"],
            "coLaunchers": ["Thường trực Công đoàn Ngành Y tế Thanh Hóa"]
          },
          "phases": [
            { "number": 1, "name": "Đợt 1", "start": "2020-06-26", "end": "2020-07-27", "focus": "Tuyên truyền, giáo dục truyền thống", "commemorations": ["Ngày Thương binh Liệt sỹ 27/7"] },
            { "number": 2, "name": "Đợt 2", "start": "2020-07-28", "end": "2020-12-31", "focus": null, "commemorations": [] }
          ],
          "contents": [
            { "code": "2.3", "text": "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", "target": { "value": 100, "unitOfMeasure": "%", "direction": 1 } },
            { "code": "2.5", "text": "Phòng chống dịch bệnh Covid-19 và các bệnh dịch khác", "target": null },
            { "code": "2.6", "text": "Giảm tỷ lệ nhiễm khuẩn bệnh viện", "target": { "value": 5, "unitOfMeasure": "%", "direction": 2 } }
          ],
          "registrationDeadline": "2020-07-31",
          "dossierWindowStart": "2020-11-01",
          "dossierWindowEnd": "2020-11-30",
          "scope": { "allUnitsUnderAuthority": false, "units": [{ "value": "{hospital}" }] }
        }
        """;

    /// <summary>campaign_registrations.content as stored before stored shapes.</summary>
    private const string ContentFixture = """
        {
          "targetTitles": ["CO_THI_DUA_TINH", "TTLDXS"],
          "models": [
            { "name": "Đổi mới phong cách, thái độ phục vụ", "description": "Triển khai tại 100% khoa lâm sàng", "expectedResults": "Tỷ lệ hài lòng ≥ 95%" },
            { "name": "Bệnh viện xanh", "description": null, "expectedResults": null }
          ],
          "individualTargets": [
            { "fullName": "Lê Văn Hải", "position": "Trưởng khoa Hồi sức", "targetTitle": "CSTDCS" },
            { "fullName": "Trần Thị Lan", "position": null, "targetTitle": "CSTDCS" }
          ]
        }
        """;

    /// <summary>campaign_reports.indicators as stored before stored shapes: an array of indicators.</summary>
    private const string IndicatorsFixture = """
        [
          { "name": "Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", "value": 100, "unitOfMeasure": "%", "contentCode": "2.3" },
          { "name": "Tỷ lệ nhiễm khuẩn bệnh viện", "value": 4.5, "unitOfMeasure": "%", "contentCode": "2.6" },
          { "name": "Đơn vị máu tiếp nhận", "value": 117, "unitOfMeasure": "đơn vị", "contentCode": null }
        ]
        """;

    /// <summary>campaign_registrations.history: a registration and its approval entered as history (ADR 0014), already HistoricalRecordV1.</summary>
    private const string RegistrationHistoryFixture = """
        [
          { "action": "{registered}", "occurredOn": "2020-07-20", "sourceNumber": "112/BVĐK-TCCB", "sourceDate": "2020-07-20", "sourceIssuer": "Bệnh viện Đa khoa tỉnh Thanh Hóa", "enteredBy": "{subject}", "enteredAt": "{enteredAt}" },
          { "action": "{approved}", "occurredOn": "2020-08-05", "sourceNumber": "2101/SYT-TCCB", "sourceDate": "2020-08-05", "sourceIssuer": null, "enteredBy": "{subject}", "enteredAt": "{enteredAt}" }
        ]
        """;

    /// <summary>campaign_reports.history: a phase report entered as history.</summary>
    private const string ReportHistoryFixture = """
        [
          { "action": "{reported}", "occurredOn": "2020-07-25", "sourceNumber": "140/BVĐK-KHTH", "sourceDate": "2020-07-25", "sourceIssuer": "Bệnh viện Đa khoa tỉnh Thanh Hóa", "enteredBy": "{subject}", "enteredAt": "{enteredAt}" }
        ]
        """;

    private static JsonObject Plan(Guid scopeUnit) => JsonSerializer(new
    {
        title = "Phong trào thi đua yêu nước năm 2020",
        theme = "Phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ trong trạng thái bình thường mới",
        slogan = "Đoàn kết, sáng tạo",
        kind = "regular",
        periodStart = "2020-06-26",
        periodEnd = "2020-12-31",
        letter = new
        {
            number = "1975/SYT-VP",
            date = "2020-07-01",
            signerName = "Trịnh Hữu Hùng",
            signerTitle = "Giám đốc",
            recipients = new[] { "Thủ trưởng các đơn vị trong ngành", "LĐLĐ tỉnh" },
            coLaunchers = new[] { "Thường trực Công đoàn Ngành Y tế Thanh Hóa" },
        },
        phases = new object[]
        {
            new { name = "Đợt 1", start = "2020-06-26", end = "2020-07-27", focus = "Tuyên truyền, giáo dục truyền thống", commemorations = new[] { "Ngày Thương binh Liệt sỹ 27/7" } },
            new { name = "Đợt 2", start = "2020-07-28", end = "2020-12-31", focus = (string?)null, commemorations = Array.Empty<string>() },
        },
        contents = new object[]
        {
            new { code = "2.3", text = "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", target = new { value = 100m, unitOfMeasure = "%" } },
            new { code = "2.5", text = "Phòng chống dịch bệnh Covid-19 và các bệnh dịch khác" },
            new { code = "2.6", text = "Giảm tỷ lệ nhiễm khuẩn bệnh viện", target = new { value = 5m, unitOfMeasure = "%", direction = "atMost" } },
        },
        registrationDeadline = "2020-07-31",
        dossierWindowStart = "2020-11-01",
        dossierWindowEnd = "2020-11-30",
        scopeUnitIds = new[] { scopeUnit },
    });

    private static object Registration(object? historical) => new
    {
        targetTitles = new[] { "CO_THI_DUA_TINH", "TTLDXS" },
        models = new object[]
        {
            new { name = "Đổi mới phong cách, thái độ phục vụ", description = "Triển khai tại 100% khoa lâm sàng", expectedResults = "Tỷ lệ hài lòng ≥ 95%" },
            new { name = "Bệnh viện xanh" },
        },
        individualTargets = new object[]
        {
            new { fullName = "Lê Văn Hải", position = "Trưởng khoa Hồi sức", targetTitle = "CSTDCS" },
            new { fullName = "Trần Thị Lan", targetTitle = "CSTDCS" },
        },
        historical,
    };

    private static object Report(object? historical) => new
    {
        narrative = "Báo cáo sơ kết đợt 1",
        indicators = new object[]
        {
            new { name = "Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", value = 100m, unitOfMeasure = "%", contentCode = "2.3" },
            new { name = "Tỷ lệ nhiễm khuẩn bệnh viện", value = 4.5m, unitOfMeasure = "%", contentCode = "2.6" },
            new { name = "Đơn vị máu tiếp nhận", value = 117m, unitOfMeasure = "đơn vị" },
        },
        historical,
    };

    private static object Historical(string occurredOn, string number, string? issuer = "Bệnh viện Đa khoa tỉnh Thanh Hóa") =>
        new { occurredOn, sourceDocument = new { number, date = occurredOn, issuer } };

    private string RegistrationUrl(Guid campaignId) => $"/api/v1/campaigns/{campaignId}/registrations/{_hospital.Id}";

    private string ReportUrl(Guid campaignId) => $"/api/v1/campaigns/{campaignId}/reports/{_hospital.Id}/phase-1";

    /// <summary>A launched campaign with the hospital's registration (entered and approved as history) and its phase-1 report (entered as history).</summary>
    private async Task<(CampaignDetailsDto Campaign, RegistrationDto Registration, ReportDto Report)> ArrangeRowsAsync()
    {
        await ArrangeAsync();
        _hospital = await Admin.CreateUnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        Factory.Clock.Now = July10;
        var drafted = await DraftAsync(Plan(_hospital.Id));
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var launched = await Council.PostAsync($"/api/v1/campaigns/{(await ReadAsync<CampaignDetailsDto>(drafted)).Id}/launch", null, Ct);
        launched.StatusCode.ShouldBe(HttpStatusCode.OK, await launched.Content.ReadAsStringAsync(Ct));
        var campaign = await ReadAsync<CampaignDetailsDto>(launched);
        Factory.Clock.Now = Today;

        var registered = await Council.PutAsJsonAsync(RegistrationUrl(campaign.Id), Registration(Historical("2020-07-20", "112/BVĐK-TCCB")), Json, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        var approved = await Council.PostAsJsonAsync(
            $"{RegistrationUrl(campaign.Id)}/approve", new { historical = Historical("2020-08-05", "2101/SYT-TCCB", null) }, Json, Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        var reported = await Council.PutAsJsonAsync(ReportUrl(campaign.Id), Report(Historical("2020-07-25", "140/BVĐK-KHTH")), Json, Ct);
        reported.StatusCode.ShouldBe(HttpStatusCode.Created, await reported.Content.ReadAsStringAsync(Ct));
        return (campaign, await ReadAsync<RegistrationDto>(approved), await ReadAsync<ReportDto>(reported));
    }

    private string Fill(string fixture, RegistrationDto registration) => fixture
        .Replace("{hospital}", _hospital.Id.ToString(), StringComparison.Ordinal)
        .Replace("{subject}", registration.History![0].EnteredBy, StringComparison.Ordinal)
        .Replace("{enteredAt}", System.Text.Json.JsonSerializer.Serialize(registration.History![0].EnteredAt).Trim('"'), StringComparison.Ordinal)
        .Replace("{registered}", registration.History![0].Action, StringComparison.Ordinal)
        .Replace("{approved}", registration.History![1].Action, StringComparison.Ordinal);

    private static string Versioned(string fixtureArrayOrObject)
    {
        var node = JsonNode.Parse(fixtureArrayOrObject)!;
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                item!.AsObject()["v"] = 1;
            }
        }
        else
        {
            node.AsObject()["v"] = 1;
        }

        return node.ToJsonString();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }

    /// <summary>Compares a stored jsonb column with a fixture as jsonb (key order and spacing aside, nothing ignored).</summary>
    private async Task StoredShouldEqualAsync(string table, string column, Guid id, string fixture)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {column} = @fixture::jsonb, {column}::text, @fixture::jsonb::text FROM thidua.{table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("fixture", fixture);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        (await reader.ReadAsync(Ct)).ShouldBeTrue($"no row {id} in {table}");
        reader.GetBoolean(0).ShouldBeTrue($"{table}.{column} is stored as\n{reader.GetString(1)}\nbut the fixture is\n{reader.GetString(2)}");
    }

    private async Task OverwriteAsync(string table, string column, Guid id, string json)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE thidua.{table} SET {column} = @json::jsonb WHERE id = @id", connection);
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("id", id);
        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task WhatIsWritten_EqualsTheFixtures_InTodaysFormat()
    {
        var (campaign, registration, report) = await ArrangeRowsAsync();

        await StoredShouldEqualAsync("campaigns", "plan", campaign.Id, Versioned(Fill(PlanFixture, registration)));
        await StoredShouldEqualAsync("campaign_registrations", "content", registration.Id, Versioned(ContentFixture));
        await StoredShouldEqualAsync("campaign_registrations", "history", registration.Id, Versioned(Fill(RegistrationHistoryFixture, registration)));
        await StoredShouldEqualAsync("campaign_reports", "indicators", report.Id, Versioned(IndicatorsFixture));
        await StoredShouldEqualAsync("campaign_reports", "history", report.Id, Versioned(Fill(ReportHistoryFixture, registration).Replace("{reported}", report.History![0].Action, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RowsWrittenBeforeVersioning_ReadBackUnchanged()
    {
        var (campaign, registration, report) = await ArrangeRowsAsync();
        await OverwriteAsync("campaigns", "plan", campaign.Id, Fill(PlanFixture, registration).Replace("\"title\": \"Phong trào", "\"title\": \"Cũ: Phong trào", StringComparison.Ordinal));
        await OverwriteAsync("campaign_registrations", "content", registration.Id, ContentFixture.Replace("Bệnh viện xanh", "Bệnh viện xanh (cũ)", StringComparison.Ordinal));
        await OverwriteAsync("campaign_registrations", "history", registration.Id, Fill(RegistrationHistoryFixture, registration).Replace("2101/SYT-TCCB", "2101/SYT-TCCB (cũ)", StringComparison.Ordinal));
        await OverwriteAsync("campaign_reports", "indicators", report.Id, IndicatorsFixture.Replace("117", "118", StringComparison.Ordinal));
        await OverwriteAsync("campaign_reports", "history", report.Id, Fill(ReportHistoryFixture, registration).Replace("{reported}", report.History![0].Action, StringComparison.Ordinal).Replace("140/BVĐK-KHTH", "141/BVĐK-KHTH", StringComparison.Ordinal));

        var read = await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}", Ct));
        read.Title.ShouldBe("Cũ: Phong trào thi đua yêu nước năm 2020");
        read.Slogan.ShouldBe("Đoàn kết, sáng tạo");
        read.Kind.ShouldBe(CampaignKind.Regular);
        (read.PeriodStart, read.PeriodEnd).ShouldBe((new DateOnly(2020, 6, 26), new DateOnly(2020, 12, 31)));
        (read.Letter.Number, read.Letter.Date, read.Letter.SignerName, read.Letter.SignerTitle).ShouldBe(("1975/SYT-VP", new DateOnly(2020, 7, 1), "Trịnh Hữu Hùng", "Giám đốc"));
        read.Letter.Recipients.ShouldBe(["Thủ trưởng các đơn vị trong ngành", "LĐLĐ tỉnh"]);
        read.Letter.CoLaunchers.ShouldBe(["Thường trực Công đoàn Ngành Y tế Thanh Hóa"]);
        read.Phases.Select(p => (p.Number, p.Name, p.Start, p.End, p.Focus)).ShouldBe(
        [
            (1, "Đợt 1", new DateOnly(2020, 6, 26), new DateOnly(2020, 7, 27), (string?)"Tuyên truyền, giáo dục truyền thống"),
            (2, "Đợt 2", new DateOnly(2020, 7, 28), new DateOnly(2020, 12, 31), null),
        ]);
        read.Phases[0].Commemorations.ShouldBe(["Ngày Thương binh Liệt sỹ 27/7"]);
        read.Phases[1].Commemorations.ShouldBeEmpty();
        read.Contents.Select(c => (c.Code, c.Text, c.Target?.Value, c.Target?.UnitOfMeasure, c.Target?.Direction)).ShouldBe(
        [
            ("2.3", "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", 100m, "%", TargetDirection.AtLeast),
            ("2.5", "Phòng chống dịch bệnh Covid-19 và các bệnh dịch khác", null, null, null),
            ("2.6", "Giảm tỷ lệ nhiễm khuẩn bệnh viện", 5m, "%", TargetDirection.AtMost),
        ]);
        (read.RegistrationDeadline, read.DossierWindowStart, read.DossierWindowEnd).ShouldBe((new DateOnly(2020, 7, 31), new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30)));
        read.ScopeAllUnitsUnderAuthority.ShouldBeFalse();
        read.ScopeUnits.ShouldHaveSingleItem().Id.ShouldBe(_hospital.Id);

        var readRegistration = await ReadAsync<RegistrationDto>(await Admin.GetAsync(RegistrationUrl(campaign.Id), Ct));
        readRegistration.TargetTitles.Select(t => t.Code).ShouldBe(["CO_THI_DUA_TINH", "TTLDXS"]);
        readRegistration.Models.Select(m => (m.Name, m.Description, m.ExpectedResults)).ShouldBe(
        [
            ("Đổi mới phong cách, thái độ phục vụ", (string?)"Triển khai tại 100% khoa lâm sàng", (string?)"Tỷ lệ hài lòng ≥ 95%"),
            ("Bệnh viện xanh (cũ)", null, null),
        ]);
        readRegistration.IndividualTargets.Select(t => (t.FullName, t.Position, t.TargetTitle.Code)).ShouldBe(
            [("Lê Văn Hải", (string?)"Trưởng khoa Hồi sức", "CSTDCS"), ("Trần Thị Lan", null, "CSTDCS")]);
        readRegistration.History!.Select(h => (h.Action, h.OccurredOn, h.SourceDocument.Number, h.SourceDocument.Issuer, h.EnteredBy, h.EnteredAt)).ShouldBe(
            registration.History!.Select(h => (h.Action, h.OccurredOn, h.SourceDocument.Number.Replace("2101/SYT-TCCB", "2101/SYT-TCCB (cũ)", StringComparison.Ordinal), h.SourceDocument.Issuer, h.EnteredBy, h.EnteredAt)));
        readRegistration.History![1].SourceDocument.Number.ShouldBe("2101/SYT-TCCB (cũ)");

        // The overview reads registrations' content and reports' indicators, and the registration list filters on content in SQL.
        var filtered = await ReadAsync<RegistrationListDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}/registrations?targetTitle=CSTDCS", Ct));
        filtered.Items.ShouldHaveSingleItem().IndividualTargets.ShouldBe(2);

        var readReport = await ReadAsync<ReportDto>(await Admin.GetAsync(ReportUrl(campaign.Id), Ct));
        readReport.Indicators.Select(i => (i.Name, i.Value, i.UnitOfMeasure, i.ContentCode, i.Target, i.TargetMet, i.TargetDirection)).ShouldBe(
        [
            ("Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", 100m, "%", (string?)"2.3", (decimal?)100m, (bool?)true, (TargetDirection?)TargetDirection.AtLeast),
            ("Tỷ lệ nhiễm khuẩn bệnh viện", 4.5m, "%", "2.6", 5m, true, TargetDirection.AtMost),
            ("Đơn vị máu tiếp nhận", 118m, "đơn vị", null, null, null, null),
        ]);
        readReport.RecordedAs.ShouldBe(RecordingMode.History);
        readReport.History.ShouldHaveSingleItem().SourceDocument.Number.ShouldBe("141/BVĐK-KHTH");
        readReport.History![0].OccurredOn.ShouldBe(new DateOnly(2020, 7, 25));
    }

    [Theory]
    [InlineData("campaigns", "plan", "jsonb_set(plan, '{v}', '2')")]
    [InlineData("campaign_registrations", "content", "jsonb_set(content, '{v}', '2')")]
    [InlineData("campaign_reports", "indicators", "jsonb_set(indicators, '{0,v}', '2')")]
    [InlineData("campaign_registrations", "history", "jsonb_set(history, '{1,v}', '2')")]
    [InlineData("campaign_reports", "history", "jsonb_set(history, '{0,v}', '2')")]
    public async Task ARowOfAnUnknownVersion_IsRefused_NotMisread(string table, string column, string newer)
    {
        var (campaign, registration, report) = await ArrangeRowsAsync();
        var id = table switch { "campaigns" => campaign.Id, "campaign_registrations" => registration.Id, _ => report.Id };
        await using (var connection = await OpenAsync())
        {
            await using var command = new NpgsqlCommand($"UPDATE thidua.{table} SET {column} = {newer} WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
        }

        var url = table switch
        {
            "campaigns" => $"/api/v1/campaigns/{campaign.Id}",
            "campaign_registrations" => RegistrationUrl(campaign.Id),
            _ => ReportUrl(campaign.Id),
        };
        await ShouldBeProblemAsync(await Admin.GetAsync(url, Ct), HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
    }
}
