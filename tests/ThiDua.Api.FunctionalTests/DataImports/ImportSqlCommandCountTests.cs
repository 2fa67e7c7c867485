using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.DataImports;
using static ThiDua.Api.FunctionalTests.DataImports.TestWorkbooks;

namespace ThiDua.Api.FunctionalTests.DataImports;

/// <summary>
/// The import run asks the database per batch of rows, not per row (issue 16; ADR 0033 amendment): the statements that
/// read (units by code, people by identifier, the people and collectives rated or awarded, their standing awards, the
/// access rules' units) are the same for a file of a few rows as for one of many rows of the same kinds, both within
/// one batch (<see cref="ImportOptions.BatchSize"/>). Counted on the worker's own commands while the import runs.
/// </summary>
public sealed class ImportSqlCommandCountTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task AnImportsReads_DoNotGrowWithItsRows_WithinABatch()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: sở.Id, province: "Hà Nam");

        // People already registered, with an award each: the files below match them, rate them and award them again.
        var existing = Enumerable.Range(1, 3).ToList();
        (await ImportCountingAsync(Write(
            people: existing.Select(n => (IReadOnlyDictionary<string, string>)Person(n, "BVDK-HNAM")),
            awards: existing.Select(n => (IReadOnlyDictionary<string, string>)Award(ByCitizenId(CitizenId(n)), "LDTT", 2022, number: "1/QĐ-SYT", date: "20/01/2023")))))
            .Import.Status.ShouldBe(ImportStatus.Succeeded);

        var few = await ImportCountingAsync(File(existing, first: 100, count: 2, year: 2023, unitCode: "TYT-A"));
        var many = await ImportCountingAsync(File(existing, first: 200, count: 60, year: 2024, unitCode: "TYT-B"));

        few.Import.Status.ShouldBe(ImportStatus.Succeeded, Describe(few.Import));
        many.Import.Status.ShouldBe(ImportStatus.Succeeded, Describe(many.Import));
        many.Import.Counts.RowsRead.ShouldBeGreaterThan(3 * few.Import.Counts.RowsRead);
        many.Import.Counts.RowsRead.ShouldBeLessThan(new ImportOptions().BatchSize);
        TestContext.Current.TestOutputHelper?.WriteLine($"{few.Import.Counts.RowsRead} rows: {few.Reads.Count} reads; {many.Import.Counts.RowsRead} rows: {many.Reads.Count} reads");
        many.Reads.Count.ShouldBe(few.Reads.Count, string.Join("\n---\n", many.Reads));
    }

    /// <summary>
    /// A file of <paramref name="count"/> new people of the hospital and the <paramref name="existing"/> ones (matched),
    /// each rated and awarded (new people by citizen id or by staff-sheet row, existing ones by civil-servant code), a
    /// new unit under the hospital, and the hospital's own rating and award of the year.
    /// </summary>
    private static byte[] File(List<int> existing, int first, int count, int year, string unitCode)
    {
        var added = Enumerable.Range(first, count).ToList();
        var everyone = existing.Concat(added).ToList();
        return Write(
            units: [Unit(unitCode, "BVDK-HNAM", name: $"Trạm Y tế {unitCode}", kind: "Khác")],
            people: everyone.Select(n => (IReadOnlyDictionary<string, string>)Person(n, "BVDK-HNAM")),
            ratings: everyone.Select(n => (IReadOnlyDictionary<string, string>)Rating(CitizenId(n), year)).ToList(),
            unitRatings: [UnitRating("BVDK-HNAM", year)],
            awards: everyone.Select((n, i) => (IReadOnlyDictionary<string, string>)Award(
                    existing.Contains(n) ? ByCivilServantCode(CivilServantCode(n)) : n % 2 == 0 ? ByCitizenId(CitizenId(n)) : ByPersonRow(i + 2),
                    "GIAY_KHEN_CA_NHAN", year, number: $"{year}/QĐ-SYT", date: $"20/01/{year + 1}"))
                .Append(Award(ByUnit("BVDK-HNAM"), "GIAY_KHEN_TAP_THE", year, number: $"{year}/QĐ-SYT", date: $"20/01/{year + 1}")));
    }

    private async Task<(ImportDto Import, List<string> Reads)> ImportCountingAsync(byte[] content)
    {
        var tag = Guid.NewGuid().ToString("N");
        Factory.SqlCommands.BackgroundTag = tag;
        try
        {
            var import = await Admin.RunImportAsync(content, Ct);

            // The run's reads: what it selects, without the worker's polling and claiming of queued imports.
            var reads = Factory.SqlCommands.For(tag)
                .Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !c.Contains("thidua.imports", StringComparison.Ordinal) && !c.Contains("\"imports\"", StringComparison.Ordinal))
                .ToList();
            return (import, reads);
        }
        finally
        {
            Factory.SqlCommands.BackgroundTag = null;
        }
    }

    private static string Describe(ImportDto import) => string.Join("; ", import.Errors.Take(10).Select(e => $"{e.Sheet}!{e.Column}{e.Row} {e.Code} {e.Message}"));
}
