using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The main reads send a number of SQL commands that does not grow with the data they show (issue 13: no N+1):
/// counted on the API's own connection while it serves one request, for 0, 1, 2 and many related rows.
/// </summary>
public sealed class SqlCommandCountTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(12)]
    public async Task AUnitsDetails_AreOneStatement_WhateverItsPredecessorsAndLineage(int predecessors)
    {
        var parent = await Admin.CreateUnitAsync($"SYT-P{predecessors}", kind: "department");
        var unit = await Admin.CreateUnitAsync($"TTYT-S{predecessors}", parentId: parent.Id);
        for (var i = 0; i < predecessors; i++)
        {
            var merged = await Admin.CreateUnitAsync($"TYT-M{predecessors}-{i:00}", parentId: parent.Id);
            (await Admin.PostAsJsonAsync($"/api/v1/units/{merged.Id}/lineage-events", new
            {
                type = "merge",
                effectiveOn = "2025-07-01",
                successorId = unit.Id,
                legalBasis = TestData.LegalBasis($"{100 + i}/QĐ-UBND", "2025-06-20"),
            }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var (details, commands) = await ReadCountingAsync<UnitDetailsDto>($"/api/v1/units/{unit.Id}");

        details.Parent!.Id.ShouldBe(parent.Id);
        details.Predecessors.Count.ShouldBe(predecessors);
        commands.Count.ShouldBe(1, string.Join("\n---\n", commands));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task AUnitListPage_IsOneStatement_WhateverItsSize(int limit)
    {
        var parent = await Admin.CreateUnitAsync($"SYT-L{limit}", kind: "department");
        for (var i = 0; i < 3; i++)
        {
            await Admin.CreateUnitAsync($"TYT-L{limit}-{i}", parentId: parent.Id);
        }

        var (page, commands) = await ReadCountingAsync<Page<UnitSummaryDto>>($"/api/v1/units?parentId={parent.Id}&limit={limit}");

        page.Items.Count.ShouldBe(Math.Min(limit, 3));
        commands.Count.ShouldBe(1, string.Join("\n---\n", commands));
    }

    private async Task<(T Body, IReadOnlyList<string> Commands)> ReadCountingAsync<T>(string path)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var response = await Admin.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<T>(Json, Ct))!, Factory.SqlCommands.For(tag));
    }
}
