using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Units;

public sealed class ListUnitsTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private async Task<Page<UnitSummaryDto>> ListAsync(string query) =>
        await ReadAsync<Page<UnitSummaryDto>>(await Admin.GetAsync($"/api/v1/units{query}", Ct));

    [Fact]
    public async Task List_PagesThroughEveryUnitOnceInCodeOrder()
    {
        foreach (var code in new[] { "E", "B", "D", "A", "C" })
        {
            await Admin.CreateUnitAsync(code);
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListAsync($"?limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            page.Items.Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(page.Items.Select(u => u.Code));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(["A", "B", "C", "D", "E"]);
    }

    /// <summary>
    /// The page size is written into the statement (ADR 0035): each size pages through every unit once, in code order,
    /// up to the largest (200) with a unit beyond it; a size past the largest is refused.
    /// </summary>
    [Fact]
    public async Task List_PagesCorrectly_AtOneTwoTwoHundredAndBeyond()
    {
        var parent = await Admin.CreateUnitAsync("SYT-LIMIT", kind: "department");
        await Factory.WithDbContextAsync(db => db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO thidua.units (id, code, name, kind, parent_id, province, status, valid_from, created_at, updated_at)
            SELECT gen_random_uuid(), 'LIM-' || lpad(g::text, 3, '0'), 'Trung tâm Y tế ' || g, 'Centre', {0}, 'Hà Nội', 'Active', DATE '2020-01-01', now(), now()
            FROM generate_series(1, 201) g
            """,
            [parent.Id],
            Ct));
        var expected = Enumerable.Range(1, 201).Select(i => $"LIM-{i:D3}").ToList();

        async Task<(List<string> Codes, int Pages)> WalkAsync(int limit)
        {
            var codes = new List<string>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await ListAsync($"?parentId={parent.Id}&limit={limit}{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
                page.Items.Count.ShouldBeLessThanOrEqualTo(limit);
                codes.AddRange(page.Items.Select(u => u.Code));
                cursor = page.NextCursor;
                pages++;
            }
            while (cursor is not null);
            return (codes, pages);
        }

        foreach (var (limit, pages) in new[] { (200, 2), (2, 101), (1, 201) })
        {
            var walked = await WalkAsync(limit);
            walked.Codes.ShouldBe(expected, $"limit {limit}");
            walked.Pages.ShouldBe(pages, $"limit {limit}");
        }

        var firstOfTwoHundred = await ListAsync($"?parentId={parent.Id}&limit=200");
        firstOfTwoHundred.Items.Count.ShouldBe(200);
        firstOfTwoHundred.Items[^1].Code.ShouldBe("LIM-200");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/units?parentId={parent.Id}&limit=201", Ct), "limit");
    }

    [Fact]
    public async Task List_DefaultsToFiftyPerPage()
    {
        for (var i = 0; i < 51; i++)
        {
            await Admin.CreateUnitAsync($"U{i:D3}");
        }

        var page = await ListAsync(string.Empty);

        page.Items.Count.ShouldBe(50);
        page.NextCursor.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("thi dua", "Trung tâm Thi đua")]
    [InlineData("duc", "Bệnh viện Đức Giang")]
    [InlineData("ĐỨC GIANG", "Bệnh viện Đức Giang")]
    [InlineData("phu san", "Bệnh viện Phụ Sản Hà Nội")]
    [InlineData("bv-ps", "Bệnh viện Phụ Sản Hà Nội")]
    public async Task List_SearchIgnoresCaseAndDiacritics(string q, string expectedName)
    {
        await Admin.CreateUnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội");
        await Admin.CreateUnitAsync("BV-DG", "Bệnh viện Đức Giang");
        await Admin.CreateUnitAsync("TT-TD", "Trung tâm Thi đua");

        var page = await ListAsync($"?q={Uri.EscapeDataString(q)}");

        page.Items.ShouldHaveSingleItem().Name.ShouldBe(expectedName);
    }

    [Fact]
    public async Task List_SearchTreatsLikeWildcardsLiterally()
    {
        await Admin.CreateUnitAsync("A_1", "Đơn vị một");
        await Admin.CreateUnitAsync("A-1", "Đơn vị hai");

        var underscore = await ListAsync("?q=a_1");
        var percent = await ListAsync("?q=%25");

        underscore.Items.ShouldHaveSingleItem().Code.ShouldBe("A_1");
        percent.Items.ShouldBeEmpty();
        (await ListAsync("?q=%EF%BC%85")).Items.ShouldBeEmpty();
        (await ListAsync("?q=a%EF%BC%BF1")).Items.ShouldHaveSingleItem().Code.ShouldBe("A_1");
    }

    [Fact]
    public async Task List_FiltersByKindStatusAndParent()
    {
        var sở = await Admin.CreateUnitAsync("SYT", kind: "department");
        var chiCuc = await Admin.CreateUnitAsync("CC-DS", parentId: sở.Id, kind: "subDepartment");
        await Admin.CreateUnitAsync("BV", parentId: sở.Id, kind: "hospital");

        (await ListAsync("?kind=subDepartment")).Items.ShouldHaveSingleItem().Id.ShouldBe(chiCuc.Id);
        (await ListAsync($"?parentId={sở.Id}")).Items.Count.ShouldBe(2);
        (await ListAsync("?status=merged")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_UsesTheTrigramIndex()
    {
        var plan = await Factory.WithDbContextAsync(async db =>
        {
            var sql = db.Units.AsSingleQuery().Where(u => EF.Functions.Like(
                    EF.Property<string>(u, "SearchText"), ThiDuaDbContext.SearchNormalize("%phu san%"), "\\"))
                .Select(u => u.Code)
                .ToQueryString();
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            // On a near-empty table any plan is cheap; forbid sequential and plain index scans so that the planner
            // shows whether the search predicate can use an index at all (the benchmark script measures real sizes).
            await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_indexscan = off", connection))
            {
                await off.ExecuteNonQueryAsync(Ct);
            }

            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            var lines = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        });

        plan.ShouldContain("ix_units_search_text");
    }

    [Fact]
    public async Task List_Returns400_ForCursorOfAnotherShape()
    {
        var response = await Admin.GetAsync("/api/v1/units?cursor=eyJmb28iOjF9", Ct);

        await ShouldBeValidationProblemAsync(response, "cursor");
    }

    [Fact]
    public async Task List_IsReadableByUnitOfficer()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");

        var response = await ClientFor(ThiDua.Application.Common.Security.Roles.UnitOfficer, unit.Id).GetAsync("/api/v1/units", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
