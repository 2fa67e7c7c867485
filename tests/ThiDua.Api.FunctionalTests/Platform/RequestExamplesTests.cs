using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.Cli;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Every request example in the API document works as Swagger UI sends it (path parameters and body from the example)
/// on the demo data that scripts/run.sh loads: a person trying the API gets a success, not an error, on the first try.
/// </summary>
public sealed class RequestExamplesTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task EveryRequestExample_SucceedsOnTheDemoData()
    {
        var tried = new List<string>();
        foreach (var example in await ExamplesOnDemoDataAsync())
        {
            var response = await SendAsync(example.Method, example.Url, example.Body.GetRawText());
            var answer = await response.Content.ReadAsStringAsync(Ct);
            response.IsSuccessStatusCode.ShouldBeTrue($"{example.OperationId} {example.Url}: {(int)response.StatusCode} {answer}");
            tried.Add(example.OperationId);
        }

        tried.ShouldBe(
            ["CreateUnit", "CreateCluster", "DefineClusterTerm", "DraftCovenant", "DraftCampaign", "SubmitRegistration", "SubmitPhaseReport", "RegisterPerson", "DraftNomination", "RecordPersonRating", "ProposeNominee"],
            ignoreOrder: true);
    }

    /// <summary>
    /// What the document marks <c>required</c> is what the validators demand: each example without one of its required
    /// top-level properties gets 400 <c>validation_failed</c> naming that property.
    /// </summary>
    [Fact]
    public async Task EveryRequiredPropertyOfAnExample_IsRefusedWhenLeftOut()
    {
        var document = JsonDocument.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json", Ct)).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var checkedProperties = 0;
        var wrong = new List<string>();
        foreach (var example in await ExamplesOnDemoDataAsync())
        {
            var schemaName = example.Schema.GetProperty("$ref").GetString()!.Split('/')[^1];
            var required = schemas.GetProperty(schemaName).TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToList() : [];
            foreach (var property in required)
            {
                var body = JsonNode.Parse(example.Body.GetRawText())!.AsObject();
                body.Remove(property);
                var response = await SendAsync(example.Method, example.Url, body.ToJsonString());
                var problem = await response.Content.ReadAsStringAsync(Ct);
                if ((int)response.StatusCode != 400 || !JsonDocument.Parse(problem).RootElement.TryGetProperty("errors", out var errors) || !errors.TryGetProperty(property, out _))
                {
                    wrong.Add($"{example.OperationId} without {property}: {(int)response.StatusCode} {problem}");
                }

                checkedProperties++;
            }
        }

        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
        checkedProperties.ShouldBeGreaterThan(20);
    }

    private sealed record Example(string OperationId, HttpMethod Method, string Url, JsonElement Body, JsonElement Schema);

    /// <summary>Seeds the demo data as scripts/run.sh does and reads each request example from the served document.</summary>
    private async Task<List<Example>> ExamplesOnDemoDataAsync()
    {
        (await CommandLine.RunAsync(["seed-demo", $"--ConnectionStrings:ThiDua={Factory.ConnectionString}"])).ShouldBe(0);
        var document = JsonDocument.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json", Ct)).RootElement;
        var examples = new List<Example>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put"))
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body)
                    || !body.GetProperty("content").TryGetProperty("application/json", out var json)
                    || !json.TryGetProperty("example", out var example))
                {
                    continue;
                }

                var id = operation.Value.GetProperty("operationId").GetString()!;
                var url = path.Name;
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
                {
                    if (parameter.GetProperty("in").GetString() == "path")
                    {
                        parameter.TryGetProperty("example", out var value).ShouldBeTrue($"{id}: path parameter {parameter.GetProperty("name")} has no example");
                        url = url.Replace("{" + parameter.GetProperty("name").GetString() + "}", value.ToString(), StringComparison.Ordinal);
                    }
                }

                examples.Add(new Example(id, new HttpMethod(operation.Name.ToUpperInvariant()), url, example.Clone(), json.GetProperty("schema").Clone()));
            }
        }

        return examples;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await Admin.SendAsync(request, Ct);
    }
}
