using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.DataImports;
using ThiDua.Api.Endpoints.DataImports;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.DataImports;
using static ThiDua.Api.FunctionalTests.DataImports.TestWorkbooks;

namespace ThiDua.Api.FunctionalTests.DataImports;

/// <summary>Excel imports over HTTP against PostgreSQL (ADR 0033): the job, all or nothing, per-cell errors, idempotency, access, recovery, memory.</summary>
public sealed class ImportTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;

    private async Task ArrangeAsync()
    {
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "can-bo.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ImportTemplate.ContentType);
        form.Add(file, ImportEndpoints.FileField, fileName);
        return await client.PostAsync("/api/v1/imports", form, Ct);
    }

    private static async Task<ImportDto> StartAsync(HttpClient client, byte[] content)
    {
        var response = await UploadAsync(client, content);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var import = await ReadAsync<ImportDto>(response);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/imports/{import.Id}");
        return import;
    }

    private static async Task<ImportDto> FinishedAsync(HttpClient client, Guid id, Action<ImportDto>? whileRunning = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var import = await ReadAsync<ImportDto>(await client.GetAsync($"/api/v1/imports/{id}", Ct));
            if (import.Status is ImportStatus.Succeeded or ImportStatus.Failed)
            {
                return import;
            }

            whileRunning?.Invoke(import);
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the import did not finish");
            await Task.Delay(100, Ct);
        }
    }

    private Task<(int Units, int People, int Ratings, int Audit)> CountsAsync() =>
        Factory.WithDbContextAsync(async db => (
            await db.Units.CountAsync(Ct),
            await db.People.CountAsync(Ct),
            await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM thidua.person_ratings").SingleAsync(Ct),
            await db.AuditEntries.CountAsync(Ct)));

    [Fact]
    public async Task Template_IsWhatTheImporterReads_AndAFilledCopyImports()
    {
        await ArrangeAsync();
        var response = await Admin.GetAsync("/api/v1/imports/template", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ImportTemplate.ContentType);
        var template = await response.Content.ReadAsByteArrayAsync(Ct);

        // The template as downloaded has every sheet and header but no row: refused as empty.
        await ShouldBeProblemAsync(await UploadAsync(Admin, template), HttpStatusCode.UnprocessableEntity, ImportErrors.EmptyFile.Code);

        // The same template with one row typed under its headers imports.
        using (var stream = new MemoryStream())
        {
            stream.Write(template);
            using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
            {
                var workbook = document.WorkbookPart!;
                var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == ImportTemplate.Units.Name);
                var data = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetData>()!;
                var values = new[] { "TTYT-DUYTIEN", "Trung tâm Y tế huyện Duy Tiên", string.Empty, "Trung tâm", "SYT-HNAM", "Hà Nam", "01/07/2019", string.Empty };
                data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(values.Select(v => new DocumentFormat.OpenXml.Spreadsheet.Cell(
                    new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(v)))
                { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString })) { RowIndex = 2 });
            }

            var import = await FinishedAsync(Admin, (await StartAsync(Admin, stream.ToArray())).Id);
            import.Status.ShouldBe(ImportStatus.Succeeded, string.Join("; ", import.Errors.Select(e => e.Code)));
            import.Counts.ShouldBe(new ImportCounts(1, 1, 1, 0, 0));
        }

        var unit = await Factory.WithDbContextAsync(db => db.Units.SingleAsync(u => u.Code == "TTYT-DUYTIEN", Ct));
        (unit.Kind, unit.ParentId, unit.ValidFrom).ShouldBe((UnitKind.Centre, new UnitId(_sở.Id), new DateOnly(2019, 7, 1)));
    }

    [Fact]
    public async Task OneRow_TwoRows_AndSheetsReferringToEachOther_AreWritten()
    {
        await ArrangeAsync();
        var one = await FinishedAsync(Admin, (await StartAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")]))).Id);
        one.Status.ShouldBe(ImportStatus.Succeeded);
        one.TotalRows.ShouldBe(1);
        one.Counts.ShouldBe(new ImportCounts(1, 1, 1, 0, 0));

        // A unit, two people at it and a rating of one of them: later sheets name rows of earlier ones.
        var two = await FinishedAsync(Admin, (await StartAsync(Admin, Write(
            units: [Unit("TTYT-KIMBANG", "SYT-HNAM", "Trung tâm Y tế huyện Kim Bảng", "Trung tâm")],
            people: [Person(2, "TTYT-KIMBANG"), Person(3, "TTYT-KIMBANG")],
            ratings: [Rating(CitizenId(2), 2024, "Hoàn thành xuất sắc nhiệm vụ")]))).Id);
        two.Status.ShouldBe(ImportStatus.Succeeded, string.Join("; ", two.Errors.Select(e => $"{e.Sheet}!{e.Column}{e.Row} {e.Code}")));
        two.Counts.ShouldBe(new ImportCounts(4, 4, 4, 0, 0));

        // An imported unit has its details document (ADR 0045), written in the import's own transaction.
        var imported = await Factory.WithDbContextAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "TTYT-KIMBANG", Ct));
        var details = await ReadAsync<Application.Units.UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{imported.Id.Value}", Ct));
        (details.Name, details.Parent!.Code, details.Version).ShouldBe(("Trung tâm Y tế huyện Kim Bảng", "SYT-HNAM", imported.Version));

        var person = await Factory.WithDbContextAsync(db => db.People.AsNoTracking().SingleAsync(p => p.CitizenId == CitizenId(2), Ct));
        person.Ratings.Single().Year.ShouldBe(2024);
        person.Ratings.Single().Rating.ShouldBe(Domain.Common.PerformanceRating.Excellent);
        (await Factory.WithDbContextAsync(db => db.AuditEntries.CountAsync(a => a.Operation == "RunImportCommand", Ct))).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task AFileWithErrors_ListsEveryCellError_AndChangesNothing()
    {
        await ArrangeAsync();
        var before = await CountsAsync();
        var file = Write(
            units: [Unit("TTYT-LYNHAN", "KHONG-CO"), Unit("TTYT-BINHLUC", "SYT-HNAM", kind: "Bệnh xá")],
            people:
            [
                Person(1, "BVDK-HNAM"),
                new Dictionary<string, string>(Person(2, "BVDK-HNAM")) { [PersonColumns.BirthDate] = "31/02/1985", [PersonColumns.Gender] = string.Empty },
                Person(3, "BVDK-HNAM", citizenId: CitizenId(1)),
                Person(4, "BVDK-HNAM", citizenId: "12345"),
            ],
            ratings: [Rating("001199999999", 2024), Rating(CitizenId(1), 2024, "Xuất sắc")]);

        var import = await FinishedAsync(Admin, (await StartAsync(Admin, file)).Id);

        import.Status.ShouldBe(ImportStatus.Failed);
        import.Failure.ShouldBeNull();
        import.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Code)).ShouldBe(
        [
            ("Don vi", 2, "E", ImportErrors.UnitUnknown.Code),
            ("Don vi", 3, "D", ImportErrors.Invalid.Code),
            ("Can bo", 3, "B", ImportErrors.Required.Code),
            ("Can bo", 3, "C", ImportErrors.Invalid.Code),
            ("Can bo", 4, "D", ImportErrors.DuplicateInFile.Code),
            ("Can bo", 5, "D", ImportErrors.Invalid.Code),
            ("Xep loai", 2, "A", ImportErrors.PersonUnknown.Code),
            ("Xep loai", 3, "D", ImportErrors.Invalid.Code),
        ]);
        import.Counts.ShouldBe(new ImportCounts(8, 1, 0, 0, 8));
        import.Errors.Single(e => e.Code == ImportErrors.UnitUnknown.Code).Header.ShouldBe("Mã đơn vị cấp trên");

        // Messages name the column's format, never the value typed in it (no citizen id or birth date in any message).
        import.Errors.ShouldAllBe(e => !e.Message.Contains("12345") && !e.Message.Contains("1985") && !e.Message.Contains("001199999999"));
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TheSameFileAgain_GivesTheSameImport_WithOk()
    {
        await ArrangeAsync();
        var file = Write(people: [Person(1, "BVDK-HNAM")]);
        var first = await StartAsync(Admin, file);
        await FinishedAsync(Admin, first.Id);

        var again = await UploadAsync(Admin, file, "ban-sao.xlsx");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Headers.Location!.OriginalString.ShouldBe($"/api/v1/imports/{first.Id}");
        (await ReadAsync<ImportDto>(again)).Id.ShouldBe(first.Id);
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(Ct))).ShouldBe(1);

        // A failed import is not reused: once the data it needed exists, the same file may run again.
        var needsUnit = Write(people: [Person(2, "TTYT-MOI")]);
        (await FinishedAsync(Admin, (await StartAsync(Admin, needsUnit)).Id)).Status.ShouldBe(ImportStatus.Failed);
        await Admin.CreateUnitAsync("TTYT-MOI", parentId: _sở.Id, province: "Hà Nam");
        (await FinishedAsync(Admin, (await StartAsync(Admin, needsUnit)).Id)).Status.ShouldBe(ImportStatus.Succeeded);
    }

    [Fact]
    public async Task ExistingRecords_AreMatched_WhenTheFactsAgree_AndRefusedWhenTheyConflict()
    {
        await ArrangeAsync();
        (await FinishedAsync(Admin, (await StartAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")], ratings: [Rating(CitizenId(1), 2023)]))).Id)).Status.ShouldBe(ImportStatus.Succeeded);

        var matched = await FinishedAsync(Admin, (await StartAsync(Admin, Write(
            units: [Unit("BVDK-HNAM", "SYT-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam")],
            people: [Person(1, "BVDK-HNAM")],
            ratings: [Rating(CitizenId(1), 2023), Rating(CitizenId(1), 2024)]))).Id);
        matched.Status.ShouldBe(ImportStatus.Succeeded, string.Join("; ", matched.Errors.Select(e => e.Code)));
        matched.Counts.ShouldBe(new ImportCounts(4, 4, 1, 3, 0));

        var conflicting = await FinishedAsync(Admin, (await StartAsync(Admin, Write(
            units: [Unit("BVDK-HNAM", "SYT-HNAM", "Bệnh viện khác tên")],
            people: [Person(1, "BVDK-HNAM", name: "Trần Thị Khác")],
            ratings: [Rating(CitizenId(1), 2023, "Không hoàn thành nhiệm vụ")]))).Id);
        conflicting.Errors.Select(e => e.Code).ShouldBe([ImportErrors.UnitConflict.Code, ImportErrors.PersonConflict.Code, ImportErrors.RatingConflict.Code]);
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Rows_AreScopedToTheCallersAuthority_AsTheSingleRecordCommandsAre()
    {
        await ArrangeAsync();
        var other = await Admin.CreateUnitAsync("BVPS-HNAM", "Bệnh viện Phụ sản", parentId: _sở.Id, province: "Hà Nam");
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);

        var import = await FinishedAsync(officer, (await StartAsync(officer, Write(
            units: [Unit("KHOA-MOI", "BVDK-HNAM")],
            people: [Person(1, "BVDK-HNAM"), Person(2, "BVPS-HNAM")]))).Id);
        import.Errors.Select(e => (e.Sheet, e.Row, e.Code)).ShouldBe([
            ("Don vi", 2, AccessGuard.RoleNotAllowed.Code),
            ("Can bo", 3, AccessGuard.OtherUnit.Code),
        ]);

        // A council may import for units under it, but not a top-level unit.
        var council = ClientFor(Roles.Council, _sở.Id);
        var byCouncil = await FinishedAsync(council, (await StartAsync(council, Write(units: [Unit("SYT-KHAC", null)], people: [Person(3, "BVPS-HNAM")]))).Id);
        byCouncil.Errors.Select(e => e.Code).ShouldBe([AccessGuard.RoleNotAllowed.Code]);
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(p => p.CurrentUnitId == new UnitId(other.Id), Ct))).ShouldBe(0);

        // Whoever did not start an import does not see it.
        await ShouldBeProblemAsync(await ClientFor(Roles.Integration, other.Id, Scopes.Read).GetAsync($"/api/v1/imports/{import.Id}", Ct), HttpStatusCode.NotFound, ImportErrors.NotFound.Code);
        (await Admin.GetAsync($"/api/v1/imports/{import.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WrongFiles_AreRefusedAtOnce_WithStableCodes()
    {
        await ShouldBeProblemAsync(await UploadAsync(Admin, "STT,Họ và tên\n1,Nguyễn Văn A\n"u8.ToArray(), "can-bo.xlsx"), HttpStatusCode.UnprocessableEntity, ImportErrors.NotXlsx.Code);
        await ShouldBeProblemAsync(await UploadAsync(Admin, Write(people: [Person(1, "X")], omitSheet: ImportTemplate.PersonRatings.Name)), HttpStatusCode.UnprocessableEntity, ImportErrors.MissingSheet.Code);
        await ShouldBeProblemAsync(await UploadAsync(Admin, Write(people: [Person(1, "X")], omitHeader: PersonColumns.UnitCode)), HttpStatusCode.UnprocessableEntity, ImportErrors.MissingHeader.Code);
        await ShouldBeProblemAsync(await UploadAsync(Admin, Write()), HttpStatusCode.UnprocessableEntity, ImportErrors.EmptyFile.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsync("/api/v1/imports", new ByteArrayContent(Write(people: [Person(1, "X")])) { Headers = { ContentType = new MediaTypeHeaderValue(ImportTemplate.ContentType) } }, Ct),
            HttpStatusCode.UnsupportedMediaType,
            FrameworkErrors.UnsupportedMediaType.Code);

        var tooLarge = new byte[ImportOptions.DefaultMaxFileBytes + 1];
        await ShouldBeProblemAsync(await UploadAsync(Admin, tooLarge), HttpStatusCode.RequestEntityTooLarge, ImportEndpoints.FileTooLarge.Code);
        (await Factory.WithDbContextAsync(db => db.Set<ImportRecord>().CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task AnUpload_StartsTheImportAtOnce_NotAtTheWorkersNextPoll()
    {
        await ArrangeAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var import = await FinishedAsync(Admin, (await StartAsync(Admin, Write(people: [Person(1, "BVDK-HNAM")]))).Id);

        import.Status.ShouldBe(ImportStatus.Succeeded);
        clock.Elapsed.ShouldBeLessThan(ThiDuaApiFactory.ImportPollInterval, "the upload woke the worker; its poll would have come an hour later");
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task AnImportLeftRunning_IsRunAgain_OrFailedAsInterrupted_AfterItsLastRun()
    {
        await ArrangeAsync();
        Guid resumed = Guid.CreateVersion7(), abandoned = Guid.CreateVersion7();
        await Factory.WithDbContextAsync(async db =>
        {
            foreach (var (id, attempts, n) in new[] { (resumed, 1, 1), (abandoned, new ImportOptions().MaxAttempts, 2) })
            {
                db.Set<ImportRecord>().Add(new ImportRecord
                {
                    Id = id, FileName = "x.xlsx", Sha256 = id.ToString("N"), TotalRows = 1, Status = ImportRecord.Running, CreatedBy = "test-admin",
                    CreatedByRoles = [Roles.Admin], CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10), StartedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                    LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(-1), Attempts = attempts,
                });
                db.Set<ImportFileRecord>().Add(new ImportFileRecord { ImportId = id, Content = Write(people: [Person(n, "BVDK-HNAM")]) });
            }

            return await db.SaveChangesAsync(Ct);
        });

        // Found by the worker's next round: in production its poll, here (ThiDuaApiFactory.ImportPollInterval) a wake-up.
        Factory.Services.GetRequiredService<ImportWorker>().Wake();
        var done = await FinishedAsync(Admin, resumed);
        done.Status.ShouldBe(ImportStatus.Succeeded);
        var failed = await FinishedAsync(Admin, abandoned);
        failed.Status.ShouldBe(ImportStatus.Failed);
        failed.Failure!.Code.ShouldBe(ImportErrors.Interrupted.Code);
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(Ct))).ShouldBe(1);
        (await Factory.WithDbContextAsync(db => db.Set<ImportFileRecord>().CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task TwentyThousandRows_AreImported_WithinTheMemoryBudget()
    {
        const int rows = 20_000;
        const long budgetBytes = 256L * 1024 * 1024;
        await ArrangeAsync();
        var file = Write(people: Enumerable.Range(1, rows).Select(n => (IReadOnlyDictionary<string, string>)Person(n, "BVDK-HNAM")));
        ((long)file.Length).ShouldBeLessThan(ImportOptions.DefaultMaxFileBytes);

        // The API runs in this process: what survived the latest collection (the generations' sizes after it, from
        // GC.GetGCMemoryInfo) is sampled while the import runs, and its peak compared with the same measure after a full
        // collection before the upload. After an ephemeral collection that measure still counts the dead objects already
        // promoted to the oldest generation, and how many there are depends on the heap the earlier tests left (a larger
        // heap gets a larger budget before its next full collection): a sample at or over the budget is therefore taken
        // again after a full collection, so that only live objects are compared with the budget.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = Survived();
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                var survived = Survived();
                if (survived - baseline >= budgetBytes)
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
                    survived = Survived();
                }

                peak = Math.Max(peak, survived);
                await Task.Delay(10, CancellationToken.None);
            }
        }, Ct);

        var sawProgress = false;
        var import = await FinishedAsync(Admin, (await StartAsync(Admin, file)).Id, i => sawProgress |= i.Counts.RowsRead > 0);
        await sampling.CancelAsync();
        await sampler;

        import.Status.ShouldBe(ImportStatus.Succeeded, string.Join("; ", import.Errors.Take(5).Select(e => $"{e.Sheet}!{e.Column}{e.Row} {e.Code} {e.Message}")));
        import.Counts.ShouldBe(new ImportCounts(rows, rows, rows, 0, 0));
        (await Factory.WithDbContextAsync(db => db.People.CountAsync(Ct))).ShouldBe(rows);
        TestContext.Current.TestOutputHelper?.WriteLine($"file {file.Length / 1024} KiB; heap baseline {baseline / (1024 * 1024)} MiB, peak {peak / (1024 * 1024)} MiB; progress seen: {sawProgress}");
        (peak - baseline).ShouldBeLessThan(budgetBytes);
    }

    private static long Survived()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var total = 0L;
        foreach (var generation in info.GenerationInfo)
        {
            total += generation.SizeAfterBytes;
        }

        return total;
    }
}
