using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ThiDua.Api.Endpoints.DataImports;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.Units;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using PerformanceRating = ThiDua.Domain.Common.PerformanceRating;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.DataImports;
using static ThiDua.Api.FunctionalTests.DataImports.TestWorkbooks;

namespace ThiDua.Api.FunctionalTests.DataImports;

/// <summary>
/// The award history and collectives' ratings sheets of the Excel import (ADR 0033), and concurrent identical uploads:
/// over HTTP against PostgreSQL, through the same rules as <c>POST /people/{id}/awards</c>, <c>POST /units/{id}/awards</c>
/// and <c>PUT /units/{id}/ratings</c>, found afterwards by <c>GET /awards</c>.
/// </summary>
public sealed class ImportAwardHistoryTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;

    private static string Sheet(ImportSheet sheet) => sheet.Name;

    private async Task ArrangeAsync()
    {
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ImportTemplate.ContentType);
        form.Add(file, ImportEndpoints.FileField, "khen-thuong.xlsx");
        return await client.PostAsync("/api/v1/imports", form, Ct);
    }

    private static async Task<ImportDto> ImportAsync(HttpClient client, byte[] content)
    {
        var response = await UploadAsync(client, content);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var id = (await ReadAsync<ImportDto>(response)).Id;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var import = await ReadAsync<ImportDto>(await client.GetAsync($"/api/v1/imports/{id}", Ct));
            if (import.Status is ImportStatus.Succeeded or ImportStatus.Failed)
            {
                return import;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the import did not finish");
            await Task.Delay(100, Ct);
        }
    }

    private static string Describe(ImportDto import) => string.Join("; ", import.Errors.Take(10).Select(e => $"{e.Sheet}!{e.Column}{e.Row} {e.Code} {e.Message}"));

    private static async Task<IReadOnlyList<AwardLookupItemDto>> LookUpAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/awards?{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await ReadAsync<Page<AwardLookupItemDto>>(response)).Items;
    }

    private Task<(int Units, int People, int Awards, int Audit)> CountsAsync() =>
        Factory.WithDbContextAsync(async db => (
            await db.Units.CountAsync(Ct),
            await db.People.CountAsync(Ct),
            await db.AwardRecords.CountAsync(Ct),
            await db.AuditEntries.CountAsync(Ct)));

    private static Dictionary<string, string> Anonymous(int n, string unitCode) =>
        new(Person(n, unitCode)) { [PersonColumns.CitizenId] = string.Empty, [PersonColumns.CivilServantCode] = string.Empty };

    [Fact]
    public async Task ZeroOneTwoAndManyAwardRows_AreWrittenAsHistory_WithoutCertificates_AndFoundByTheLookup()
    {
        await ArrangeAsync();

        // 0 award rows: the people are written, no award.
        var none = await ImportAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")]));
        none.Status.ShouldBe(ImportStatus.Succeeded, Describe(none));
        (await CountsAsync()).Awards.ShouldBe(0);

        // 1: a person of the database, by citizen id.
        var one = await ImportAsync(Admin, Write(awards: [Award(ByCitizenId(CitizenId(1)), "CSTDCS", 2023, number: "45/QĐ-SYT", date: "15/01/2024")]));
        one.Status.ShouldBe(ImportStatus.Succeeded, Describe(one));
        one.Counts.ShouldBe(new ImportCounts(1, 1, 1, 0, 0));
        var record = await Factory.WithDbContextAsync(db => db.AwardRecords.AsNoTracking().SingleAsync(Ct));
        (record.Source, record.AwardTypeCode, record.Year, record.CommendationType, record.Decision.Number, record.Decision.Date, record.Decision.Issuer)
            .ShouldBe((AwardSource.Imported, "CSTDCS", 2023, CommendationType.Merit, "45/QĐ-SYT", new DateOnly(2024, 1, 15), "Sở Y tế Hà Nam"));
        (record.RecipientNameAtDecision, record.UnitNameAtDecision, record.UnitId).ShouldBe(("Nguyễn Văn 1", "Bệnh viện Đa khoa tỉnh Hà Nam", new UnitId(_hospital.Id)));

        // Entered as history: the audit entry carries the decision's date and document, and the uploader.
        var audit = await Factory.WithDbContextAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.ResourceId == record.Id.Value, Ct));
        (audit.Operation, audit.RecordedAs, audit.HistoricalOccurredOn, audit.HistoricalSourceNumber).ShouldBe(("RunImportCommand", "history", new DateOnly(2024, 1, 15), "45/QĐ-SYT"));

        // 2: a person of the same file named by their row (no identifier at all), and a collective by unit code and
        // catalogue name: each with its own decision in its audit entry.
        var two = await ImportAsync(Admin, Write(
            people: [Anonymous(2, "BVDK-HNAM")],
            awards:
            [
                Award(ByPersonRow(2), "Chiến sĩ thi đua cơ sở", 2022, number: "12/QĐ-SYT", date: "20/01/2023"),
                Award(ByUnit("BVDK-HNAM"), "Giấy khen", 2023, commendation: "Đột xuất", number: "77/QĐ-SYT", date: "05/06/2023"),
            ]));
        two.Status.ShouldBe(ImportStatus.Succeeded, Describe(two));
        two.Counts.ShouldBe(new ImportCounts(3, 3, 3, 0, 0));
        var collective = await Factory.WithDbContextAsync(db => db.AwardRecords.AsNoTracking().SingleAsync(a => a.RecipientKind == RecipientKind.Collective, Ct));
        (collective.AwardTypeCode, collective.CommendationType, collective.RecipientKey).ShouldBe(
            (AwardCatalogue.All.Single(a => a.Name == "Giấy khen (tập thể)").Code, CommendationType.Sudden, _hospital.Id));
        var marks = await Factory.WithDbContextAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ResourceType == nameof(AwardRecord) && a.RecordedAs == "history").Select(a => a.HistoricalSourceNumber).ToListAsync(Ct));
        marks.Order().ShouldBe(["12/QĐ-SYT", "45/QĐ-SYT", "77/QĐ-SYT"]);

        // Many: 30 people and an award each, in one file.
        var many = await ImportAsync(Admin, Write(
            people: Enumerable.Range(100, 30).Select(n => (IReadOnlyDictionary<string, string>)Person(n, "BVDK-HNAM")),
            awards: Enumerable.Range(100, 30).Select(n => (IReadOnlyDictionary<string, string>)Award(ByCivilServantCode(CivilServantCode(n)), "GIAY_KHEN_CA_NHAN", 2024, number: "3/QĐ-BV", date: "10/01/2025"))));
        many.Status.ShouldBe(ImportStatus.Succeeded, Describe(many));
        many.Counts.ShouldBe(new ImportCounts(60, 60, 60, 0, 0));
        (await CountsAsync()).Awards.ShouldBe(33);

        // No certificate numbers are issued for past awards (their certificates were printed when they were decided).
        (await Factory.WithDbContextAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM thidua.certificates").SingleAsync(Ct))).ShouldBe(0);

        // The lookup finds them: a person imported in the same file as the award, by civil-servant code.
        var found = await LookUpAsync(Admin, $"civilServantCode={CivilServantCode(105)}");
        found.Select(a => (a.AwardType.Code, a.Year, a.Source, a.Decision.Number, a.Person!.FullName)).ShouldBe([("GIAY_KHEN_CA_NHAN", 2024, AwardSource.Imported, "3/QĐ-BV", "Nguyễn Văn 105")]);
        (await LookUpAsync(Admin, "fullName=Nguyễn Văn 2&year=2022")).Single().AwardType.Code.ShouldBe("CSTDCS");
        (await LookUpAsync(Admin, $"unitId={_hospital.Id}&recipientKind=collective")).Single().Decision.Number.ShouldBe("77/QĐ-SYT");
    }

    [Fact]
    public async Task TheLookup_ShowsImportedAwardsPerRole_WithPersonalDataMaskedAsElsewhere()
    {
        await ArrangeAsync();
        var other = await Admin.CreateUnitAsync("SYT-NBINH", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        var imported = await ImportAsync(Admin, Write(
            people: [Person(1, "BVDK-HNAM")],
            awards: [Award(ByCitizenId(CitizenId(1)), "CSTDCS", 2023)]));
        imported.Status.ShouldBe(ImportStatus.Succeeded, Describe(imported));

        static (string?, DateOnly?, bool) Personal(AwardLookupItemDto item) => (item.Person!.CitizenId, item.Person.BirthDate, item.Person.PersonalDataVisible);
        var visible = (CitizenId(1), (DateOnly?)new DateOnly(1985, 3, 2), true);
        Personal((await LookUpAsync(Admin, "awardType=CSTDCS")).Single()).ShouldBe(visible);
        Personal((await LookUpAsync(ClientFor(Roles.Council, _sở.Id), "awardType=CSTDCS")).Single()).ShouldBe(visible);
        Personal((await LookUpAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), "awardType=CSTDCS")).Single()).ShouldBe(visible);

        // An integration client of the authority finds the award with the citizen id masked and no birth date.
        Personal((await LookUpAsync(ClientFor(Roles.Integration, _sở.Id, Scopes.Read), "awardType=CSTDCS")).Single()).ShouldBe(("0011*****001", null, false));

        // Another authority does not find it.
        (await LookUpAsync(ClientFor(Roles.Council, other.Id), "awardType=CSTDCS")).ShouldBeEmpty();
        await ShouldBeProblemAsync(await ClientFor(Roles.Council, other.Id).GetAsync($"/api/v1/awards?unitId={_hospital.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Fact]
    public async Task AwardRowsWithErrors_AreListedPerCell_AndChangeNothing()
    {
        await ArrangeAsync();
        (await ImportAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")], awards: [Award(ByCitizenId(CitizenId(1)), "CSTDCS", 2022, number: "10/QĐ-SYT", date: "10/01/2023")]))).Status.ShouldBe(ImportStatus.Succeeded);
        var before = await CountsAsync();
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var p2 = ByCitizenId(CitizenId(2));

        var import = await ImportAsync(Admin, Write(
            people: [Person(2, "BVDK-HNAM")],
            awards:
            [
                Award(ByCitizenId("001199999999")),                                          // 2: nobody has this citizen id
                Award(ByPersonRow(7)),                                                        // 3: no person on that row of Can bo
                Award(p2, "HUY_CHUONG_KHONG_CO"),                                             // 4: not an award type
                Award(p2, number: "abc"),                                                     // 5: not number/symbol
                Award(p2, number: string.Empty),                                              // 6: missing
                Award(p2, date: "01/01/1900"),                                                // 7: before the dates the system accepts
                Award(p2, date: future),                                                      // 8: not issued yet
                Award(p2, year: 2023, date: "15/01/2022"),                                    // 9: decided before the year began
                Award(p2, "CSTDCS", 2023, number: "45/QĐ-SYT", date: "15/01/2024"),           // 10: valid
                Award(p2, "CSTDCS", 2023, number: "46/QĐ-SYT", date: "16/01/2024"),           // 11: the same award again in the file
                Award(ByCitizenId(CitizenId(1)), "CSTDCS", 2022, number: "11/QĐ-SYT", date: "11/01/2023"), // 12: already held
                Award(new Dictionary<string, string>()),                                      // 13: no recipient
                Award(new Dictionary<string, string>(p2) { [AwardColumns.UnitCode] = "BVDK-HNAM" }), // 14: a person and a collective
                Award(ByUnit("BVDK-HNAM"), "CSTDCS"),                                         // 15: an individual title for a collective
                Award(ByUnit("KHONG-CO"), "GIAY_KHEN_TAP_THE"),                               // 16: no such unit
                Award(p2, commendation: "Khác"),                                              // 17: not a commendation type
            ]));

        import.Status.ShouldBe(ImportStatus.Failed);
        import.Failure.ShouldBeNull();
        var awards = Sheet(ImportTemplate.Awards);
        import.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Code)).ShouldBe(
        [
            (awards, 2, "A", ImportErrors.PersonUnknown.Code),
            (awards, 3, "C", ImportErrors.PersonUnknown.Code),
            (awards, 4, "E", AwardErrors.UnknownAwardType.Code),
            (awards, 5, "H", ImportErrors.Invalid.Code),
            (awards, 6, "H", ImportErrors.Required.Code),
            (awards, 7, "I", ImportErrors.Invalid.Code),
            (awards, 8, "I", AwardErrors.DecisionInFuture.Code),
            (awards, 9, "I", AwardErrors.DecisionBeforeYear.Code),
            (awards, 11, "E", ImportErrors.DuplicateInFile.Code),
            (awards, 12, "E", AwardErrors.Duplicate.Code),
            (awards, 13, "A", ImportErrors.Required.Code),
            (awards, 14, "D", ImportErrors.Invalid.Code),
            (awards, 15, "E", AwardErrors.RecipientKindMismatch.Code),
            (awards, 16, "D", ImportErrors.UnitUnknown.Code),
            (awards, 17, "G", ImportErrors.Invalid.Code),
        ]);
        import.Counts.ShouldBe(new ImportCounts(17, 2, 0, 0, 15));
        import.Errors.Single(e => e.Row == 4).Header.ShouldBe("Hình thức khen thưởng");
        import.Errors.ShouldAllBe(e => !e.Message.Contains("HUY_CHUONG_KHONG_CO") && !e.Message.Contains("001199999999") && !e.Message.Contains(CitizenId(2)));
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task OneBadAwardRow_AmongManyValidRows_WritesNothing_NotEvenTheFilesUnitsAndPeople()
    {
        await ArrangeAsync();
        var before = await CountsAsync();
        var awards = Enumerable.Range(1, 40).Select(n => (IReadOnlyDictionary<string, string>)Award(ByCitizenId(CitizenId(n)), "GIAY_KHEN_CA_NHAN", 2024, number: "9/QĐ-TTYT", date: "09/01/2025")).ToList();
        awards.Insert(25, Award(ByCitizenId(CitizenId(3)), "KHONG_CO_MA", 2024, number: "9/QĐ-TTYT", date: "09/01/2025"));

        var import = await ImportAsync(Admin, Write(
            units: [Unit("TTYT-KIMBANG", "SYT-HNAM", "Trung tâm Y tế huyện Kim Bảng", "Trung tâm")],
            people: Enumerable.Range(1, 40).Select(n => (IReadOnlyDictionary<string, string>)Person(n, "TTYT-KIMBANG")),
            unitRatings: [UnitRating("TTYT-KIMBANG", 2024)],
            awards: awards));

        import.Status.ShouldBe(ImportStatus.Failed);
        import.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Code)).ShouldBe([(Sheet(ImportTemplate.Awards), 27, "E", AwardErrors.UnknownAwardType.Code)]);
        import.Counts.ShouldBe(new ImportCounts(83, 82, 0, 0, 1));
        (await CountsAsync()).ShouldBe(before);
        (await Factory.WithDbContextAsync(db => db.Units.AnyAsync(u => u.Code == "TTYT-KIMBANG", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task AwardRows_FollowTheSingleRecordAccessRule_OnlyAnAuthorityAboveTheUnitEntersItsAwards()
    {
        await ArrangeAsync();
        (await ImportAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")]))).Status.ShouldBe(ImportStatus.Succeeded);
        var file = Write(awards: [Award(ByCitizenId(CitizenId(1))), Award(ByUnit("BVDK-HNAM"), "GIAY_KHEN_TAP_THE")], unitRatings: [UnitRating("BVDK-HNAM", 2023)]);

        // The hospital's own council does not judge its own unit; its officer does not enter awards at all.
        var own = await ImportAsync(ClientFor(Roles.Council, _hospital.Id), file);
        own.Errors.Select(e => (e.Sheet, e.Column, e.Code)).ShouldBe([
            (Sheet(ImportTemplate.UnitRatings), "A", AccessGuard.OutsideAuthority.Code),
            (Sheet(ImportTemplate.Awards), "A", AccessGuard.OutsideAuthority.Code),
            (Sheet(ImportTemplate.Awards), "D", AccessGuard.OutsideAuthority.Code),
        ]);
        var officer = await ImportAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), file);
        officer.Errors.Select(e => e.Code).ShouldBe([AccessGuard.RoleNotAllowed.Code, AccessGuard.RoleNotAllowed.Code, AccessGuard.RoleNotAllowed.Code]);
        (await CountsAsync()).Awards.ShouldBe(0);

        // The council of the department above it does.
        var above = await ImportAsync(ClientFor(Roles.Council, _sở.Id), file);
        above.Status.ShouldBe(ImportStatus.Succeeded, Describe(above));
        above.Counts.ShouldBe(new ImportCounts(3, 3, 3, 0, 0));
    }

    [Fact]
    public async Task UnitRatings_AreRecorded_Matched_OrRefused_AsTheRatingCommandWould()
    {
        await ArrangeAsync();
        var first = await ImportAsync(Admin, Write(
            units: [Unit("TTYT-KIMBANG", "SYT-HNAM", "Trung tâm Y tế huyện Kim Bảng", "Trung tâm")],
            unitRatings:
            [
                UnitRating("TTYT-KIMBANG", 2023, "Hoàn thành xuất sắc nhiệm vụ", "12/QĐ-SYT", "20/01/2024"),
                UnitRating("BVDK-HNAM", 2023),
            ]));
        first.Status.ShouldBe(ImportStatus.Succeeded, Describe(first));
        first.Counts.ShouldBe(new ImportCounts(3, 3, 3, 0, 0));
        var kimBang = await Factory.WithDbContextAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "TTYT-KIMBANG", Ct));
        kimBang.Ratings.Single().Rating.ShouldBe(PerformanceRating.Excellent);
        kimBang.Ratings.Single().Document!.Number.ShouldBe("12/QĐ-SYT");

        var second = await ImportAsync(Admin, Write(unitRatings:
        [
            UnitRating("BVDK-HNAM", 2023),                                  // 2: matched
            UnitRating("TTYT-KIMBANG", 2023, "Hoàn thành nhiệm vụ"),        // 3: another level for a rated year
            UnitRating("BVDK-HNAM", 2023),                                  // 4: twice in the file
            UnitRating("BVDK-HNAM", 2024, number: "13/QĐ-SYT"),             // 5: a document number without its date
            UnitRating("KHONG-CO", 2024),                                   // 6: no such unit
        ]));
        var sheet = Sheet(ImportTemplate.UnitRatings);
        second.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Code)).ShouldBe(
        [
            (sheet, 3, "C", ImportErrors.RatingConflict.Code),
            (sheet, 4, "B", ImportErrors.DuplicateInFile.Code),
            (sheet, 5, "E", ImportErrors.Required.Code),
            (sheet, 6, "A", ImportErrors.UnitUnknown.Code),
        ]);
        second.Counts.ShouldBe(new ImportCounts(5, 1, 0, 1, 4));
    }

    [Fact]
    public async Task TheTemplate_HasTheNewSheets_AndAFilledCopyImportsAwardsAndUnitRatings()
    {
        await ArrangeAsync();
        var response = await Admin.GetAsync("/api/v1/imports/template", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var template = await response.Content.ReadAsByteArrayAsync(Ct);

        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldBe(
                [ImportTemplate.GuideSheetName, "Don vi", "Can bo", "Xep loai", "Xep loai don vi", "Khen thuong"]);

            SheetData Data(string name) =>
                ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet.GetFirstChild<SheetData>()!;
            static string[] Texts(Row row) => row.Elements<Cell>().Select(c => c.InnerText).ToArray();

            // Vietnamese headers, required ones marked; the guide lists every new column with its format.
            Texts(Data("Khen thuong").Elements<Row>().First()).ShouldBe(
                ["Số CCCD", "Mã số CBCCVC", "Dòng ở trang Can bo", "Mã đơn vị được khen (tập thể)", "Hình thức khen thưởng (*)", "Năm (*)", "Loại hình (*)", "Số quyết định (*)", "Ngày quyết định (*)", "Cơ quan ban hành"]);
            Texts(Data("Xep loai don vi").Elements<Row>().First()).ShouldBe(
                ["Mã đơn vị (*)", "Năm (*)", "Xếp loại (*)", "Số văn bản đánh giá", "Ngày văn bản", "Cơ quan ban hành văn bản"]);
            var guide = Data(ImportTemplate.GuideSheetName).Elements<Row>().Select(Texts).ToList();
            guide.Count(r => r[0] == "Khen thuong").ShouldBe(ImportTemplate.Awards.Columns.Count);
            guide.Single(r => r[0] == "Khen thuong" && r[1] == "Loại hình")[3].ShouldContain("Điều 8");

            void Type(string sheet, params string[] values) =>
                Data(sheet).Append(new Row(values.Select(v => new Cell(new InlineString(new Text(v))) { DataType = CellValues.InlineString })) { RowIndex = 2 });
            Type("Don vi", "TTYT-DUYTIEN", "Trung tâm Y tế huyện Duy Tiên", string.Empty, "Trung tâm", "SYT-HNAM", "Hà Nam", "01/07/2019", string.Empty);
            Type("Can bo", "Lê Thị Hoa", "Nữ", "12/12/1990", string.Empty, string.Empty, "TTYT-DUYTIEN", "Điều dưỡng", "01/08/2019");
            Type("Xep loai don vi", "TTYT-DUYTIEN", "2024", "Hoàn thành tốt nhiệm vụ", string.Empty, string.Empty, string.Empty);
            Type("Khen thuong", string.Empty, string.Empty, "2", string.Empty, "Lao động tiên tiến", "2024", "Công trạng", "5/QĐ-TTYT", "10/01/2025", "Trung tâm Y tế huyện Duy Tiên");
        }

        var import = await ImportAsync(Admin, stream.ToArray());
        import.Status.ShouldBe(ImportStatus.Succeeded, Describe(import));
        import.Counts.ShouldBe(new ImportCounts(4, 4, 4, 0, 0));
        var award = (await LookUpAsync(Admin, "fullName=Lê Thị Hoa")).Single();
        (award.AwardType.Code, award.Year, award.UnitNameAtDecision, award.Source).ShouldBe(("LDTT", 2024, "Trung tâm Y tế huyện Duy Tiên", AwardSource.Imported));
    }

    [Fact]
    public async Task IdenticalUploadsAtTheSameInstant_GiveOneImport_AndAnswerAsARepeatedUploadDoes()
    {
        await ArrangeAsync();
        foreach (var (n, concurrent) in new[] { (1, 2), (2, 5) })
        {
            var file = Write(people: [Person(n, "BVDK-HNAM")]);
            var responses = await Task.WhenAll(Enumerable.Range(0, concurrent).Select(_ => UploadAsync(Admin, file)));

            responses.Count(r => r.StatusCode == HttpStatusCode.Accepted).ShouldBe(1, $"{concurrent} concurrent uploads");
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(concurrent - 1, $"{concurrent} concurrent uploads");
            var imports = await Task.WhenAll(responses.Select(ReadAsync<ImportDto>));
            imports.Select(i => i.Id).Distinct().Count().ShouldBe(1);
            responses.ShouldAllBe(r => r.Headers.Location!.OriginalString == $"/api/v1/imports/{imports[0].Id}");
            (await Factory.WithDbContextAsync(db => db.Set<ImportRecord>().CountAsync(i => i.Sha256 == imports[0].Sha256, Ct))).ShouldBe(1);
        }
    }

    [Fact]
    public async Task TwoThousandAwardRows_OfPeopleOfTheSameFile_AreImported()
    {
        const int rows = 2_000;
        await ArrangeAsync();
        var file = Write(
            people: Enumerable.Range(1, rows).Select(n => (IReadOnlyDictionary<string, string>)Person(n, "BVDK-HNAM")),
            awards: Enumerable.Range(1, rows).Select(n => (IReadOnlyDictionary<string, string>)Award(
                n % 2 == 0 ? ByCitizenId(CitizenId(n)) : ByPersonRow(n + 1), n % 3 == 0 ? "GIAY_KHEN_CA_NHAN" : "LDTT", 2023 + (n % 2), number: $"{n % 50 + 1}/QĐ-SYT", date: "20/01/2025")));

        var watch = Stopwatch.StartNew();
        var import = await ImportAsync(Admin, file);
        import.Status.ShouldBe(ImportStatus.Succeeded, Describe(import));
        import.Counts.ShouldBe(new ImportCounts(2 * rows, 2 * rows, 2 * rows, 0, 0));
        (await CountsAsync()).Awards.ShouldBe(rows);
        TestContext.Current.TestOutputHelper?.WriteLine($"{2 * rows} rows ({rows} awards) in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
