using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignReports;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Enum query filters (ADR 0017, amendment "Generated clients"): the document types each one as its enum's schema, and
/// that schema must name exactly the values the endpoint accepts. Checked against the running API for every query
/// parameter of every operation, so that a filter parsed as an enum but documented as a string (or the reverse) fails.
/// </summary>
public sealed partial class QueryEnumContractTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string Bogus = "not-a-value";

    private sealed record QueryParameter(string Method, string Path, string Name, IReadOnlyList<string>? EnumValues);

    private async Task<List<QueryParameter>> QueryParametersAsync()
    {
        var document = JsonNode.Parse(await OpenApiSnapshotTests.CurrentDocumentAsync(Anonymous()))!;
        var schemas = document["components"]!["schemas"]!;
        var found = new List<QueryParameter>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray() ?? [];
                var url = PathParameter().Replace(path, m =>
                {
                    var schema = parameters.Single(p => (string?)p!["name"] == m.Groups[1].Value)!["schema"]!;
                    return (string?)schema["format"] == "uuid" ? Guid.NewGuid().ToString() : (string?)schema["type"] == "integer" ? "1" : "x";
                });
                foreach (var parameter in parameters.Where(p => (string?)p!["in"] == "query"))
                {
                    var schema = parameter!["schema"]!;
                    if (schema["$ref"] is { } reference)
                    {
                        schema = schemas[((string)reference!).Split('/')[^1]]!;
                    }

                    var values = schema["enum"]?.AsArray().Select(v => (string)v!).ToList();
                    found.Add(new QueryParameter(method.ToUpperInvariant(), url, (string)parameter["name"]!, values));
                }
            }
        }

        return found;
    }

    private Task<HttpResponseMessage> SendAsync(QueryParameter parameter, string value)
    {
        var request = new HttpRequestMessage(new HttpMethod(parameter.Method), $"{parameter.Path}?{parameter.Name}={Uri.EscapeDataString(value)}");
        if (parameter.Method is "PUT" or "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        return Admin.SendAsync(request, Ct);
    }

    [Fact]
    public async Task EveryEnumQueryFilter_RefusesOtherValuesNamingExactlyItsDocumentedValues()
    {
        var enums = (await QueryParametersAsync()).Where(p => p.EnumValues is not null).ToList();

        enums.Select(p => $"{p.Method} {p.Path.Split('/')[3]} {p.Name}").Distinct().Count().ShouldBeGreaterThanOrEqualTo(12);
        foreach (var parameter in enums)
        {
            var problem = await ShouldBeProblemAsync(await SendAsync(parameter, Bogus), HttpStatusCode.BadRequest, FrameworkErrors.ValidationFailed.Code);
            var message = problem.GetProperty("errors").GetProperty(parameter.Name)[0].GetString()!;
            var allowed = AllowedValues().Match(message);
            allowed.Success.ShouldBeTrue($"{parameter.Method} {parameter.Path} {parameter.Name}: {message}");
            allowed.Groups[1].Value.Split(", ").ShouldBe(parameter.EnumValues!, ignoreOrder: true, $"{parameter.Method} {parameter.Path} {parameter.Name}");
        }
    }

    [Fact]
    public async Task EveryDocumentedValueOfAnEnumQueryFilter_IsAccepted()
    {
        foreach (var parameter in (await QueryParametersAsync()).Where(p => p.EnumValues is not null))
        {
            foreach (var value in parameter.EnumValues!)
            {
                var response = await SendAsync(parameter, value);
                var body = await response.Content.ReadAsStringAsync(Ct);
                if (response.StatusCode == HttpStatusCode.BadRequest && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors))
                {
                    errors.TryGetProperty(parameter.Name, out _).ShouldBeFalse($"{parameter.Method} {parameter.Path}?{parameter.Name}={value}: {body}");
                }
            }
        }
    }

    [Fact]
    public async Task NoQueryParameterDocumentedWithoutAnEnum_IsParsedAsOne()
    {
        foreach (var parameter in (await QueryParametersAsync()).Where(p => p.EnumValues is null))
        {
            var body = await (await SendAsync(parameter, Bogus)).Content.ReadAsStringAsync(Ct);
            body.ShouldNotContain($"Unknown value '{Bogus}'", customMessage: $"{parameter.Method} {parameter.Path} {parameter.Name} is parsed as an enum: mark it [QueryEnum<T>]");
        }
    }

    [Theory]
    [InlineData("final", true)]
    [InlineData("phase-1", true)]
    [InlineData("phase-2", true)]
    [InlineData("phase-999", true)]
    [InlineData("phase-1000", true)]
    [InlineData("phase-0", false)]
    [InlineData("phase-1001", false)]
    [InlineData("phase-", false)]
    [InlineData("phase-x", false)]
    [InlineData("final ", false)]
    [InlineData("", false)]
    public void ThePeriodPattern_MatchesWhatTheParserAccepts(string value, bool valid)
    {
        Regex.IsMatch(value, ReportPeriod.Pattern).ShouldBe(valid);
        ReportPeriod.TryParse(value, out _).ShouldBe(valid);
    }

    [Fact]
    public async Task ThePeriodFilter_IsDocumentedWithThePatternOfThePeriodNames()
    {
        var document = JsonNode.Parse(await OpenApiSnapshotTests.CurrentDocumentAsync(Anonymous()))!;
        var period = document["paths"]!["/api/v1/campaigns/{campaignId}/reports"]!["get"]!["parameters"]!.AsArray()
            .Single(p => (string?)p!["name"] == "period")!;

        ((string?)period["schema"]!["pattern"]).ShouldBe(ReportPeriod.Pattern);
        new[] { ReportPeriod.Name(null), ReportPeriod.Name(1), ReportPeriod.Name(1000) }.ShouldAllBe(name => Regex.IsMatch(name, ReportPeriod.Pattern));
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"^Unknown value '[^']*'\. Allowed: (.+)\.$")]
    private static partial Regex AllowedValues();
}
