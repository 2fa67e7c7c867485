using System.Text;
using System.Text.Json;
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
        (await CommandLine.RunAsync(["seed-demo", $"--ConnectionStrings:ThiDua={Factory.ConnectionString}"])).ShouldBe(0);
        var document = JsonDocument.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json", Ct)).RootElement;

        var tried = new List<string>();
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

                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url)
                {
                    Content = new StringContent(example.GetRawText(), Encoding.UTF8, "application/json"),
                };
                var response = await Admin.SendAsync(request, Ct);
                var answer = await response.Content.ReadAsStringAsync(Ct);
                response.IsSuccessStatusCode.ShouldBeTrue($"{id} {url}: {(int)response.StatusCode} {answer}");
                tried.Add(id);
            }
        }

        tried.ShouldBe(
            ["CreateUnit", "CreateCluster", "DefineClusterTerm", "DraftCovenant", "DraftCampaign", "SubmitRegistration", "SubmitPhaseReport", "RegisterPerson", "DraftNomination", "RecordPersonRating", "ProposeNominee"],
            ignoreOrder: true);
    }
}
