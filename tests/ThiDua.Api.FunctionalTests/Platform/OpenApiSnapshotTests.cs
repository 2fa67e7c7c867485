using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The OpenAPI document is the contract: the running app's document must equal the committed snapshot
/// <c>openapi/v1.json</c>, so every contract change shows in a diff. <c>scripts/openapi.sh</c> rewrites the snapshot
/// (it runs this test with <c>THIDUA_UPDATE_OPENAPI=1</c>).
/// </summary>
public sealed class OpenApiSnapshotTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string SnapshotPath => RepositoryFiles.PathOf("openapi", "v1.json");

    /// <summary>The running app's document, as the snapshot stores it (indented, UTF-8 text unescaped, one final newline).</summary>
    public static async Task<string> CurrentDocumentAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        return node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    [Fact]
    public async Task TheRunningDocument_EqualsTheCommittedSnapshot()
    {
        var current = await CurrentDocumentAsync(Anonymous());
        if (Environment.GetEnvironmentVariable("THIDUA_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, current, Ct);
        }

        File.Exists(SnapshotPath).ShouldBeTrue($"{SnapshotPath} is missing: run scripts/openapi.sh");
        var committed = (await File.ReadAllTextAsync(SnapshotPath, Ct)).ReplaceLineEndings("\n");
        (committed == current).ShouldBeTrue("The API's OpenAPI document differs from openapi/v1.json. If the change is intended, run scripts/openapi.sh and commit the diff.");
    }

    [Fact]
    public async Task TheScoreboardSpreadsheet_IsDescribedAsABinaryFile()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await CurrentDocumentAsync(Anonymous()))!;

        var content = document["paths"]!["/api/v1/covenants/{covenantId}/ranking.xlsx"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();

        var (mediaType, media) = content.ShouldHaveSingleItem();
        mediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (media!["schema"]!["type"]!.GetValue<string>(), media["schema"]!["format"]!.GetValue<string>()).ShouldBe(("string", "binary"));
    }
}
