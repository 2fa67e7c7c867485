using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ThiDua.Api.Cli;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Statistics;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.FunctionalTests.Statistics;

/// <summary>
/// Forms 0601–0605 computed over HTTP on the demo data (loaded as scripts/run.sh loads it), each against a hand-checked
/// fixture: every non-zero cell is listed with the demo record that makes it, and every other cell must be 0.
/// </summary>
public sealed class StatisticalReportTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private async Task<Dictionary<string, Guid>> SeedAsync()
    {
        (await CommandLine.RunAsync(["seed-demo", $"--ConnectionStrings:ThiDua={Factory.ConnectionString}"])).ShouldBe(0);
        return await Factory.WithDbContextAsync(db => db.Units.ToDictionaryAsync(u => u.Code, u => u.Id.Value, Ct));
    }

    private static async Task<StatisticalReportDto> ReportAsync(HttpClient client, string form, int year, Guid? authority)
    {
        var response = await client.GetAsync($"/api/v1/statistics/reports/{form}?year={year}" + (authority is { } a ? $"&authority={a}" : string.Empty), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<StatisticalReportDto>(response);
    }

    /// <summary>Every cell of the report is the fixture's count, 0 where the fixture names none.</summary>
    private static void ShouldMatch(StatisticalReportDto report, Dictionary<(string Row, string Column), int> fixture)
    {
        var unknown = fixture.Keys.Where(k => !report.Cells.Any(c => c.Row == k.Row && c.Column == k.Column)).ToList();
        unknown.ShouldBeEmpty("the fixture names cells the form does not have");
        foreach (var cell in report.Cells)
        {
            cell.Count.ShouldBe(fixture.GetValueOrDefault((cell.Row, cell.Column)), $"cell {cell.Row} × {cell.Column}");
            cell.Records.Count.ShouldBe(cell.Count);
        }
    }

    private static Dictionary<(string, string), int> Cells(int count, string[] rows, string[] columns) =>
        rows.SelectMany(r => columns.Select(c => ((r, c), count))).ToDictionary(x => x.Item1, x => x.count);

    [Fact]
    public async Task Form0601_CountsCluster7sMovementOf2023_ForHanoisPeoplesCommittee()
    {
        var units = await SeedAsync();

        var report = await ReportAsync(Admin, "0601", 2023, units["UBND-HN"]);

        // One record: the movement Cụm thi đua số 7 launched at its conference of 31/03/2023 (seed 004; letter 01/KH-CTĐ7),
        // period 01/01–31/12/2023 (exactly one year), regular; launched by a cluster: agency/unit level (column D), scope
        // cluster or block (2.3). Thanh Hóa's 1975/SYT-VP (01/07/2020) lies outside this authority and year.
        ShouldMatch(report, Cells(1, ["1", "2.3", "3.2", "4.2"], ["A", "D"]));
        report.Records.ShouldHaveSingleItem().Label!.ShouldContain("01/KH-CTĐ7");
        report.Records[0].Dimensions["scope_source"].ShouldBe("derived");
        (report.Period.Start, report.Period.End, report.Period.Due).ShouldBe((new DateOnly(2022, 12, 1), new DateOnly(2023, 11, 30), new DateOnly(2023, 12, 15)));
        report.CircularApplied.ShouldBe("Thông tư 02/2023/TT-BNV");
        report.CircularReason.ShouldNotContain("18/2025");
        (await ReportAsync(Admin, "0601", 2025, units["UBND-HN"])).CircularReason.ShouldContain("Thông tư 18/2025/TT-BNV");

        // The Sở Y tế Hà Nội is a member of the cluster, not its managing authority: nothing.
        ShouldMatch(await ReportAsync(Admin, "0601", 2023, units["SYT-HN"]), []);
    }

    [Fact]
    public async Task Form0602_CountsThePrimeMinistersBangKhenOfPhuSanHospital_ForTheSoYTeHaNoiIn2025()
    {
        var units = await SeedAsync();

        var report = await ReportAsync(Admin, "0602", 2025, units["SYT-HN"]);

        // One record: Bằng khen của Thủ tướng Chính phủ (tập thể) for Bệnh viện Phụ Sản Hà Nội, decided 20/03/2025
        // (illustrative): column I; submitted through the province (2.2); collective (3.1); regular (merit, 4.1). The
        // provincial Bằng khen of 10/12/2024 is provincial level: form 0603, not here.
        ShouldMatch(report, Cells(1, ["1", "2.2", "3.1", "4.1"], ["A", "I"]));
        report.Records.ShouldHaveSingleItem().Label!.ShouldContain("Bệnh viện Phụ Sản Hà Nội");
    }

    [Fact]
    public async Task Form0603_CountsAwardsFromFirstDecemberOn_AndByPositionGroup()
    {
        var units = await SeedAsync();

        // Bằng khen của Chủ tịch UBND tỉnh (cá nhân) for the demo's member of staff, decided 10/12/2024: after 30/11/2024,
        // so in the 2025 report, not the 2024 one. She holds no leadership position: civil servant (3.3.4).
        var report2025 = await ReportAsync(Admin, "0603", 2025, units["SYT-HN"]);
        ShouldMatch(report2025, Cells(1, ["1", "2.2", "3.3", "3.3.4", "4.1"], ["A", "C"]));
        report2025.Records.ShouldHaveSingleItem().Dimensions["recipient_category_source"].ShouldBe("derived");
        ShouldMatch(await ReportAsync(Admin, "0603", 2024, units["SYT-HN"]), []);

        // Cờ thi đua của UBND tỉnh 2022 for Trường Cao đẳng Y tế Hà Nam (seed 002), decided 16/01/2023 (illustrative):
        // column E, collective, regular, in the 2023 report of the Sở Y tế Hà Nam.
        ShouldMatch(await ReportAsync(Admin, "0603", 2023, units["SYT-HNAM"]), Cells(1, ["1", "2.2", "3.1", "4.1"], ["A", "E"]));
    }

    [Fact]
    public async Task Forms0604And0605_CountTheApparatusRegister()
    {
        var units = await SeedAsync();

        // TĐKT-01 at the Sở, dedicated; TĐKT-02 at the hospital, part-time.
        var units0604 = await ReportAsync(Admin, "0604", 2025, units["SYT-HN"]);
        var fixture0604 = new Dictionary<(string, string), int>
        {
            [("1", "A")] = 2, [("1", "B")] = 1, [("1", "C")] = 1,
            [("2.1", "A")] = 1, [("2.1", "B")] = 1,
            [("2.2", "A")] = 1, [("2.2", "C")] = 1,
        };
        ShouldMatch(units0604, fixture0604);

        // CB-01: woman, born 1985 (40 in 2025: 40–49), postgraduate, since 2012 (13 years: 10–19), dedicated.
        // CB-02: man, born 1998 (27: under 30), university, since 2022 (3: under 5), dedicated.
        // CB-03: woman, born 1970 (55: 50–59), university, since 2000 (25: 20 or more), part-time.
        var staff = await ReportAsync(Admin, "0605", 2025, units["SYT-HN"]);
        var fixture0605 = new Dictionary<(string, string), int>
        {
            [("1", "A")] = 3, [("1", "B")] = 2, [("1", "C")] = 1, [("1", "E")] = 1, [("1", "F")] = 1, [("1", "H")] = 1, [("1", "I")] = 2,
            [("1", "N")] = 1, [("1", "P")] = 1, [("1", "Q")] = 1,
            [("1.1", "A")] = 2, [("1.1", "B")] = 1, [("1.1", "C")] = 1, [("1.1", "E")] = 1, [("1.1", "H")] = 1, [("1.1", "I")] = 1,
            [("1.1", "N")] = 1, [("1.1", "P")] = 1,
            [("1.2", "A")] = 1, [("1.2", "B")] = 1, [("1.2", "F")] = 1, [("1.2", "I")] = 1, [("1.2", "Q")] = 1,
        };
        ShouldMatch(staff, fixture0605);
        staff.Records.Select(r => r.Label).ShouldBe(["CB-01", "CB-02", "CB-03"], ignoreOrder: true);

        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0605?year=2024&authority={units["SYT-HN"]}", Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.RegisterNotDeclared.Code);
    }

    [Fact]
    public async Task Xlsx_OpensWithTheOfficialHeadersMergedCellsAndSignatureBlock()
    {
        var units = await SeedAsync();

        var response = await Admin.GetAsync($"/api/v1/statistics/reports/0603.xlsx?year=2023&authority={units["SYT-HNAM"]}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(StatisticalReportSpreadsheet.ContentType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Biểu 0603");
        var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
        var cells = worksheet.GetFirstChild<SheetData>()!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        var merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();

        cells["A1"].ShouldBe("Biểu số: 0603.N/BNV-TĐKT");
        cells["A2"].ShouldBe("Ban hành kèm theo Thông tư 02/2023/TT-BNV");
        cells["A3"].ShouldBe("Ngày nhận báo cáo: 15/12/2023");
        cells["C1"].ShouldBe("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH");
        cells["C3"].ShouldBe("(Từ ngày 01/12/2022 đến ngày 30/11/2023)");
        cells.Values.ShouldContain("Đơn vị báo cáo: Sở Y tế Hà Nam");
        cells.Values.ShouldContain("Đơn vị nhận báo cáo: Bộ Nội vụ");

        // Header: STT and Chỉ tiêu over two rows, "Tổng số" over two rows, "Bằng khen" over its two columns.
        (cells["A7"], cells["B7"], cells["C7"], cells["D7"], cells["D8"], cells["E8"], cells["F7"], cells["G7"]).ShouldBe(
            ("STT", "Chỉ tiêu", "Tổng số", "Bằng khen", "Tập thể", "Cá nhân", "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "Cờ thi đua của bộ, ngành, tỉnh"));
        merges.ShouldContain("A7:A8");
        merges.ShouldContain("B7:B8");
        merges.ShouldContain("C7:C8");
        merges.ShouldContain("D7:E7");
        (cells["A9"], cells["B9"], cells["C9"]).ShouldBe(("A", "B", "1"));

        // Line 1 "Tổng số" on row 10: 1 in total (C) and in Cờ thi đua (G); Bằng khen (D, E) 0.
        (cells["A10"], cells["B10"], cells["C10"], cells["D10"], cells["G10"]).ShouldBe(("1", "Tổng số", "1", "0", "1"));
        cells.Values.ShouldContain("Người lập biểu");
        cells.Values.ShouldContain("Thủ trưởng đơn vị");
        cells.Values.ShouldContain("(Ký, ghi rõ họ tên, đóng dấu)");
    }

    [Fact]
    public async Task Catalogue_ListsTheFiveFormsOf2023WithEffectiveDates()
    {
        var forms = await ReadAsync<List<StatisticsFormDto>>(await Admin.GetAsync("/api/v1/statistics/forms", Ct));

        forms.Select(f => f.Code).ShouldBe(["0601", "0602", "0603", "0604", "0605"]);
        forms.ShouldAllBe(f => f.Circular == "Thông tư 02/2023/TT-BNV" && f.EffectiveFrom == new DateOnly(2023, 1, 1) && f.EffectiveTo == null);
        forms[0].Columns.Where(c => c.Group == "Chia theo cấp phát động").Select(c => c.Label).ShouldBe(["Hội đồng Thi đua – Khen thưởng Trung ương", "Bộ, ban, ngành, tỉnh", "Cơ quan, đơn vị"]);
        forms.Single(f => f.Code == "0605").LegalBasis.ShouldContain("chưa đối chiếu");
    }

    [Fact]
    public async Task Errors_NameTheirCode()
    {
        var units = await SeedAsync();

        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0699?year=2025&authority={units["SYT-HN"]}", Ct), HttpStatusCode.NotFound, StatisticsErrors.FormNotFound.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0601?year=2020&authority={units["SYT-THA"]}", Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.NoFormForPeriod.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync("/api/v1/statistics/reports/0601?year=2025", Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.AuthorityRequired.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0601?year=2025&authority={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0604.xlsx?year=2025&authority={units["UBND-HN"]}", Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.RegisterNotDeclared.Code);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/0601?year=1999&authority={units["SYT-HN"]}", Ct), "year");

        // Scoped to the caller's authority: Thanh Hóa's council does not report for Hà Nội; a unit officer only for its unit.
        await ShouldBeProblemAsync(await ClientFor(Roles.Council, units["SYT-THA"]).GetAsync($"/api/v1/statistics/reports/0603?year=2025&authority={units["SYT-HN"]}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await ClientFor(Roles.UnitOfficer, units["BV-PSHN"]).GetAsync($"/api/v1/statistics/reports/0603.xlsx?year=2025&authority={units["SYT-HN"]}", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);

        // A council reports for its own authority by default.
        (await ReportAsync(ClientFor(Roles.Council, units["SYT-HN"]), "0603", 2025, null)).Authority.Code.ShouldBe("SYT-HN");
    }

    [Fact]
    public async Task DrillDown_WithholdsAPersonsName_FromCallersWhoMayNotReadTheirPersonalData()
    {
        var units = await SeedAsync();

        var council = await ReportAsync(ClientFor(Roles.Council, units["SYT-HN"]), "0603", 2025, units["SYT-HN"]);
        council.Records.ShouldHaveSingleItem().Label!.ShouldContain("Trần Thị Hoa");
        council.Records[0].LabelWithheld.ShouldBeFalse();

        var integration = await ReportAsync(ClientFor(Roles.Integration, units["SYT-HN"], Scopes.Read), "0603", 2025, units["SYT-HN"]);
        integration.Records.ShouldHaveSingleItem().Label.ShouldBeNull();
        integration.Records[0].LabelWithheld.ShouldBeTrue();
        integration.Cells.Single(c => c.Row == "1" && c.Column == "A").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Classifications_DeclaredThroughTheImportAndCampaignCommands_AreCounted()
    {
        var units = await SeedAsync();

        // An enterprise collective (declared): 3.1 and its "of which enterprises" 3.1.1.
        var award = await ReadAsync<AwardRecordDto>(await Admin.PostAsJsonAsync($"/api/v1/units/{units["TTPY-HNAM"]}/awards", new
        {
            awardTypeCode = "BANG_KHEN_TINH_TAP_THE", year = 2023, commendationType = "merit", statisticsRecipientCategory = "enterprise", statisticsAwardMethod = "seniority",
            decision = new { number = "200/QĐ-UBND", date = "2023-11-30", issuer = "UBND tỉnh Hà Nam" },
        }, Json, Ct));
        (award.StatisticsRecipientCategory, award.StatisticsAwardMethod).ShouldBe((RecipientCategory.Enterprise, AwardMethod.Seniority));

        var report = await ReportAsync(Admin, "0603", 2023, units["SYT-HNAM"]);
        report.Cells.Single(c => c.Row == "3.1.1" && c.Column == "B").Records.ShouldBe([award.Id]);
        report.Cells.Single(c => c.Row == "3.1" && c.Column == "A").Count.ShouldBe(2);
        report.Cells.Single(c => c.Row == "4.6" && c.Column == "B").Count.ShouldBe(1);
        report.Records.Single(r => r.Id == award.Id).Dimensions["recipient_category_source"].ShouldBe("declared");

        // A position group on a collective award, seniority on a thematic one: refused.
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync($"/api/v1/units/{units["TTPY-HNAM"]}/awards", new
        {
            awardTypeCode = "GIAY_KHEN_TAP_THE", year = 2023, statisticsRecipientCategory = "directWorker",
            decision = new { number = "201/QĐ-SYT", date = "2023-10-01", issuer = "Sở Y tế Hà Nam" },
        }, Json, Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.CategoryMismatch.Code);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync($"/api/v1/units/{units["TTPY-HNAM"]}/awards", new
        {
            awardTypeCode = "GIAY_KHEN_TAP_THE", year = 2023, commendationType = "thematic", statisticsAwardMethod = "seniority",
            decision = new { number = "202/QĐ-SYT", date = "2023-10-01", issuer = "Sở Y tế Hà Nam" },
        }, Json, Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.MethodMismatch.Code);

        // A movement the Sở relays nationally (declared scope): 2.1; launched by a Sở: agency/unit (D).
        var draft = await Admin.PostAsJsonAsync("/api/v1/campaigns", new
        {
            launchingAuthorityId = units["SYT-HNAM"], title = "Phong trào thi đua chuyên đề (minh họa)", theme = "Chủ đề minh họa", kind = "thematic",
            periodStart = "2023-03-01", periodEnd = "2023-08-31", statisticsScope = "national",
            letter = new { number = "10/KH-SYT", date = "2023-03-01", signerName = "Người ký", signerTitle = "Giám đốc", recipients = new[] { "Các đơn vị" } },
            contents = new[] { new { code = "1", text = "Nội dung minh họa" } },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(Ct));
        var campaign = await ReadAsync<ThiDua.Application.Campaigns.CampaignDetailsDto>(draft);
        campaign.StatisticsScope.ShouldBe(MovementScope.National);
        (await Admin.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var movements = await ReportAsync(Admin, "0601", 2023, units["SYT-HNAM"]);
        ShouldMatch(movements, Cells(1, ["1", "2.1", "3.1", "4.1"], ["A", "D"]));
    }

    [Fact]
    public async Task ApparatusRegister_IsDeclaredReplacedAndRead_ByWhoMayActForTheAuthority()
    {
        var units = await SeedAsync();
        var sytTha = units["SYT-THA"];
        object Body(params string[] staff) => new
        {
            units = new[] { new { reference = "TĐKT", name = "Văn phòng Sở", level = "authority", staffing = "partTime" } },
            staff = staff.Select(r => new { reference = r, gender = "male", birthYear = 1990, education = "university", firstYearInField = 2015, staffing = "partTime" }).ToArray(),
        };

        var council = ClientFor(Roles.Council, sytTha);
        await ShouldBeProblemAsync(await council.GetAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Ct), HttpStatusCode.NotFound, StatisticsErrors.RegisterNotFound.Code);
        var created = await council.PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Body("A"), Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var replaced = await council.PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Body("A", "B"), Json, Ct);
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<ApparatusRegisterDto>(await council.GetAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Ct))).Staff.Select(s => s.Reference).ShouldBe(["A", "B"]);
        (await ReportAsync(council, "0605", 2025, null)).Cells.Single(c => c.Row == "1.2" && c.Column == "A").Count.ShouldBe(2);

        await ShouldBeProblemAsync(await council.PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Body("A", "a"), Json, Ct), HttpStatusCode.UnprocessableEntity, StatisticsErrors.DuplicateApparatusEntry.Code);
        await ShouldBeProblemAsync(await ClientFor(Roles.Council, units["SYT-HN"]).PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Body("A"), Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await ClientFor(Roles.UnitOfficer, units["BVDK-THA"]).PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", Body("A"), Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await Admin.PutAsJsonAsync($"/api/v1/statistics/apparatus/{Guid.NewGuid()}/2025", Body("A"), Json, Ct), HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
        await ShouldBeValidationProblemAsync(await Admin.PutAsJsonAsync($"/api/v1/statistics/apparatus/{sytTha}/2025", new
        {
            units = Array.Empty<object>(),
            staff = new[] { new { reference = "X", gender = "male", birthYear = 1990, education = "university", firstYearInField = 1980, staffing = "partTime" } },
        }, Json, Ct), "staff[0].firstYearInField");
    }
}
