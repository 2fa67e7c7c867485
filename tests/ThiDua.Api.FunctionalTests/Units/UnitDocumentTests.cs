using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Units;

/// <summary>
/// A unit's details are answered from the document PostgreSQL keeps for it (ADR 0045, migration UnitDocuments). These
/// tests hold the document to what the API's serialiser would write for the same details, and to every change it shows:
/// the unit's own, its parent's, its successor's and its predecessors', by any path, also when two transactions change
/// a document's sources at once.
/// </summary>
public sealed class UnitDocumentTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private JsonSerializerOptions ServerJson => Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    /// <summary>The server's options, refusing members the DTO does not have.</summary>
    private JsonSerializerOptions StrictServerJson => _strict ??= new JsonSerializerOptions(ServerJson) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    private JsonSerializerOptions? _strict;

    private Task<HttpResponseMessage> RecordAsync(Guid unitId, object body) =>
        Admin.PostAsJsonAsync($"/api/v1/units/{unitId}/lineage-events", body, Json, Ct);

    private async Task<UnitDetailsDto> GetAsync(Guid unitId) => await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{unitId}", Ct));

    private async Task<UnitDetailsDto> RenameAsync(Guid unitId, string name, string kind = "hospital")
    {
        var unit = await GetAsync(unitId);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/units/{unitId}")
        {
            Content = JsonBody(new { name, shortName = unit.ShortName, kind, province = unit.Province }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{unit.Version}\"");
        var response = await Admin.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<UnitDetailsDto>(response);
    }

    private async Task MergeAsync(Guid unitId, Guid successorId)
    {
        var response = await RecordAsync(unitId, new
        {
            type = "merge", effectiveOn = "2025-07-01", successorId, legalBasis = TestData.LegalBasis("202/2025/QH15", "2025-06-12"),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// The body, read into the DTO strictly (no unknown member) and written again by the API's own serialiser, is the
    /// same text: same names, order, formats and nulls. Characters outside the Basic Multilingual Plane are the one
    /// difference allowed: the serialiser escapes them as surrogate pairs, PostgreSQL writes them as they are, and both
    /// read back as the same string.
    /// </summary>
    private void ShouldBeWhatTheSerialiserWrites(string body, bool exactText = true)
    {
        var details = JsonSerializer.Deserialize<UnitDetailsDto>(body, StrictServerJson)!;
        var written = JsonSerializer.Serialize(details, ServerJson);
        JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(written)).ShouldBeTrue($"stored: {body}\nserialised: {written}");
        if (exactText)
        {
            body.ShouldBe(written);
        }
    }

    [Fact]
    public async Task EveryAnswer_IsTheTextTheSerialiserWrites_WithParentSuccessorPredecessorsAndEveryKindOfEvent()
    {
        var sở = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        var hospital = await Admin.CreateUnitAsync("BVDK-NB", "Bệnh viện Đa khoa tỉnh Ninh Bình", parentId: sở.Id, province: "Ninh Bình");
        var other = await Admin.CreateUnitAsync("BVPS-NB", "Bệnh viện Phụ Sản \"Ninh Bình\" \\ <b>&</b>", parentId: sở.Id, province: "Ninh Bình");
        var merged = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế huyện A", parentId: sở.Id, kind: "centre", province: "Ninh Bình");
        var merged2 = await Admin.CreateUnitAsync("TTYT-B", "Trung tâm Y tế huyện B", parentId: sở.Id, kind: "centre", province: "Ninh Bình");
        (await RecordAsync(merged.Id, new
        {
            type = "rename", effectiveOn = "2024-01-01", newName = "Trung tâm Y tế huyện A\tmới", legalBasis = TestData.LegalBasis("5/QĐ-UBND", "2023-12-20"),
            note = "Dòng một\nDòng hai",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RecordAsync(merged.Id, new
        {
            type = "transfer", effectiveOn = "2024-06-01", newParentId = hospital.Id, legalBasis = TestData.LegalBasis("7/QĐ-SYT", "2024-05-20"),
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await MergeAsync(merged.Id, hospital.Id);
        await MergeAsync(merged2.Id, hospital.Id);
        var dissolved = await Admin.CreateUnitAsync("TYT-X", "Trạm Y tế xã X 😀", parentId: other.Id, kind: "other", province: "Ninh Bình");
        (await RecordAsync(dissolved.Id, new
        {
            type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis("9/QĐ-UBND", "2025-06-01"),
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        foreach (var unit in new[] { sở, hospital, other, merged, merged2 })
        {
            var response = await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
            ShouldBeWhatTheSerialiserWrites(await response.Content.ReadAsStringAsync(Ct));
        }

        var withEmoji = await Admin.GetAsync($"/api/v1/units/{dissolved.Id}", Ct);
        ShouldBeWhatTheSerialiserWrites(await withEmoji.Content.ReadAsStringAsync(Ct), exactText: false);
        (await ReadAsync<UnitDetailsDto>(withEmoji)).Name.ShouldBe("Trạm Y tế xã X 😀");

        var hospitalNow = await GetAsync(hospital.Id);
        hospitalNow.Predecessors.Select(p => p.Code).ShouldBe(["TTYT-A", "TTYT-B"]);
        hospitalNow.Predecessors.ShouldAllBe(p => p.Status == ThiDua.Domain.Units.UnitStatus.Merged);
        var mergedNow = await GetAsync(merged.Id);
        mergedNow.Name.ShouldBe("Trung tâm Y tế huyện A\tmới");
        mergedNow.Parent!.Id.ShouldBe(hospital.Id);
        mergedNow.Successor!.Name.ShouldBe("Bệnh viện Đa khoa tỉnh Ninh Bình");
        mergedNow.LineageEvents.Select(e => e.Type.ToString()).ShouldBe(["Rename", "Transfer", "Merge"]);
        mergedNow.LineageEvents[0].Note.ShouldBe("Dòng một\nDòng hai");
        mergedNow.LineageEvents[0].LegalBasis.ShouldBe(new ThiDua.Application.Common.Documents.DocumentDto("5/QĐ-UBND", new DateOnly(2023, 12, 20), "Sở Y tế"));
        (await GetAsync(other.Id)).Name.ShouldBe("Bệnh viện Phụ Sản \"Ninh Bình\" \\ <b>&</b>");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20)]
    public async Task TheSuccessor_ListsEveryUnitMergedIntoIt_ByCode_AndEachShowsTheSuccessorsCurrentName(int predecessors)
    {
        var successor = await Admin.CreateUnitAsync("BVDK-T", "Bệnh viện Đa khoa tỉnh");
        var codes = new List<string>();
        for (var i = predecessors; i >= 1; i--)
        {
            var code = $"TTYT-{i:D2}";
            codes.Insert(0, code);
            var unit = await Admin.CreateUnitAsync(code, $"Trung tâm Y tế {i:D2}", kind: "centre");
            await MergeAsync(unit.Id, successor.Id);
        }

        await RenameAsync(successor.Id, "Bệnh viện Đa khoa tỉnh (mới)");

        var now = await GetAsync(successor.Id);
        now.Predecessors.Select(p => p.Code).ShouldBe(codes);
        foreach (var predecessor in now.Predecessors)
        {
            var details = await GetAsync(predecessor.Id);
            details.Successor!.Name.ShouldBe("Bệnh viện Đa khoa tỉnh (mới)");
            details.Status.ShouldBe(ThiDua.Domain.Units.UnitStatus.Merged);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20)]
    public async Task RenamingAParent_ChangesWhatEachOfItsUnitsShows_ButNotTheirVersions(int children)
    {
        var sở = await Admin.CreateUnitAsync("SYT-HT", "Sở Y tế Hà Tĩnh", kind: "department");
        var before = new List<UnitDetailsDto>();
        for (var i = 1; i <= children; i++)
        {
            before.Add(await Admin.CreateUnitAsync($"BV-{i:D2}", $"Bệnh viện {i:D2}", parentId: sở.Id));
        }

        await RenameAsync(sở.Id, "Sở Y tế tỉnh Hà Tĩnh", kind: "department");

        foreach (var child in before)
        {
            var now = await GetAsync(child.Id);
            now.Parent!.Name.ShouldBe("Sở Y tế tỉnh Hà Tĩnh");
            now.Version.ShouldBe(child.Version);
        }
    }

    [Fact]
    public async Task TransferAndDissolution_ShowInTheUnitsAndInWhatItsUnitsShow()
    {
        var first = await Admin.CreateUnitAsync("SYT-A", "Sở Y tế A", kind: "department");
        var second = await Admin.CreateUnitAsync("SYT-B", "Sở Y tế B", kind: "department");
        var unit = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế A", parentId: first.Id, kind: "centre");
        var station = await Admin.CreateUnitAsync("TYT-A", "Trạm Y tế A", parentId: unit.Id, kind: "other");

        (await RecordAsync(unit.Id, new
        {
            type = "transfer", effectiveOn = "2025-01-01", newParentId = second.Id, legalBasis = TestData.LegalBasis(),
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await GetAsync(unit.Id)).Parent!.Code.ShouldBe("SYT-B");

        var dissolution = await RecordAsync(station.Id, new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() });
        dissolution.StatusCode.ShouldBe(HttpStatusCode.Created, await dissolution.Content.ReadAsStringAsync(Ct));
        var stationNow = await GetAsync(station.Id);
        stationNow.Status.ShouldBe(ThiDua.Domain.Units.UnitStatus.Dissolved);
        stationNow.Parent!.Name.ShouldBe("Trung tâm Y tế A");
        stationNow.LineageEvents.ShouldHaveSingleItem().Type.ShouldBe(ThiDua.Domain.Units.LineageEventType.Dissolve);
    }

    /// <summary>
    /// The triggers keep the documents right whatever writes the rows, not only the API's commands: a hand-run change
    /// and removal of a lineage event, and the removal of a unit that had been merged into another.
    /// </summary>
    [Fact]
    public async Task WritesOutsideTheApi_KeepTheDocumentsRight()
    {
        var successor = await Admin.CreateUnitAsync("BVDK-T", "Bệnh viện Đa khoa tỉnh");
        var merged = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế A", kind: "centre");
        var kept = await Admin.CreateUnitAsync("TTYT-B", "Trung tâm Y tế B", kind: "centre");
        await MergeAsync(merged.Id, successor.Id);
        await MergeAsync(kept.Id, successor.Id);
        (await RecordAsync(successor.Id, new
        {
            type = "rename", effectiveOn = "2025-08-01", newName = "Bệnh viện Đa khoa tỉnh (mới)", legalBasis = TestData.LegalBasis(), note = "Ghi chú cũ",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        async Task ExecuteAsync(string sql, Guid id)
        {
            await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = id } } };
            (await command.ExecuteNonQueryAsync(Ct)).ShouldBeGreaterThan(0);
        }

        await ExecuteAsync("UPDATE thidua.unit_lineage_events SET note = 'Ghi chú mới' WHERE unit_id = $1", successor.Id);
        (await GetAsync(successor.Id)).LineageEvents.ShouldHaveSingleItem().Note.ShouldBe("Ghi chú mới");

        await ExecuteAsync("DELETE FROM thidua.unit_lineage_events WHERE unit_id = $1", successor.Id);
        (await GetAsync(successor.Id)).LineageEvents.ShouldBeEmpty();

        await ExecuteAsync("DELETE FROM thidua.units WHERE id = $1", merged.Id);
        (await GetAsync(successor.Id)).Predecessors.ShouldHaveSingleItem().Id.ShouldBe(kept.Id);
        (await Admin.GetAsync($"/api/v1/units/{merged.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Two transactions change what one document shows, each through its own row: the parent's name and the unit's own.
    /// Whichever refreshes the document second waits for the first to commit and then writes both changes, in either
    /// order; the document's version is the unit's row version.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoTransactionsChangingWhatOneDocumentShows_LeaveItShowingBoth(bool parentFirst)
    {
        var parent = await Admin.CreateUnitAsync("SYT-1", "Sở Y tế", kind: "department");
        var child = await Admin.CreateUnitAsync("BV-1", "Bệnh viện", parentId: parent.Id);

        await using var a = new NpgsqlConnection(Factory.ConnectionString);
        await using var b = new NpgsqlConnection(Factory.ConnectionString);
        await a.OpenAsync(Ct);
        await b.OpenAsync(Ct);
        await using var ta = await a.BeginTransactionAsync(Ct);
        await using var tb = await b.BeginTransactionAsync(Ct);
        var renameParent = new NpgsqlCommand("UPDATE thidua.units SET name = 'Sở Y tế mới' WHERE id = $1", a, ta) { Parameters = { new() { Value = parent.Id } } };
        var renameChild = new NpgsqlCommand("UPDATE thidua.units SET name = 'Bệnh viện mới' WHERE id = $1", b, tb) { Parameters = { new() { Value = child.Id } } };
        var (first, firstTransaction, second, secondTransaction) = parentFirst ? (renameParent, ta, renameChild, tb) : (renameChild, tb, renameParent, ta);

        await first.ExecuteNonQueryAsync(Ct);
        var waiting = second.ExecuteNonQueryAsync(Ct);
        await Task.Delay(300, Ct);
        waiting.IsCompleted.ShouldBeFalse("the second refresh waits for the document the first holds");
        await firstTransaction.CommitAsync(Ct);
        await waiting;
        await secondTransaction.CommitAsync(Ct);

        var now = await GetAsync(child.Id);
        now.Name.ShouldBe("Bệnh viện mới");
        now.Parent!.Name.ShouldBe("Sở Y tế mới");
        await using var check = new NpgsqlCommand("SELECT u.xmin::text::bigint FROM thidua.units u WHERE u.id = $1", a) { Parameters = { new() { Value = child.Id } } };
        now.Version.ShouldBe((uint)(long)(await check.ExecuteScalarAsync(Ct))!);
    }

    /// <summary>
    /// Migration UnitDocuments on a database that has units before it: its own Up operations (as EF generates them) are
    /// run in a transaction that first takes its table, triggers and functions away again; every existing unit then has
    /// the document it had. The transaction is rolled back.
    /// </summary>
    [Fact]
    public async Task TheMigration_WritesTheDocumentOfEveryExistingUnit()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: sở.Id, province: "Hà Nam");
        var centre = await Admin.CreateUnitAsync("TTYT-HNAM", "Trung tâm Y tế Hà Nam", parentId: sở.Id, kind: "centre", province: "Hà Nam");
        await MergeAsync(centre.Id, hospital.Id);
        var ids = new[] { sở.Id, hospital.Id, centre.Id };
        var answered = new Dictionary<Guid, string>();
        foreach (var id in ids)
        {
            answered[id] = await (await Admin.GetAsync($"/api/v1/units/{id}", Ct)).Content.ReadAsStringAsync(Ct);
        }

        var (up, down) = await Factory.MigrationCommandsAsync("20261205075910_UnitDocuments");

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        foreach (var command in down.Concat(up))
        {
            await using var run = new NpgsqlCommand(command, connection, transaction);
            await run.ExecuteNonQueryAsync(Ct);
        }

        await using var read = new NpgsqlCommand("SELECT unit_id, document FROM thidua.unit_documents", connection, transaction);
        var documents = new Dictionary<Guid, string>();
        await using (var reader = await read.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                documents[reader.GetGuid(0)] = reader.GetString(1);
            }
        }

        documents.Keys.Order().ShouldBe(ids.Order());
        foreach (var id in ids)
        {
            documents[id].ShouldBe(answered[id]);
        }

        await transaction.RollbackAsync(Ct);
    }
}
