using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>Each test starts from empty tables and talks to the API over HTTP with real bearer tokens.</summary>
[Collection(PostgresCollection.Name)]
public abstract class FunctionalTestBase(ThiDuaApiFactory factory) : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    protected ThiDuaApiFactory Factory { get; } = factory;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An administrator's client.</summary>
    protected HttpClient Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.ResetDatabaseAsync();
        Admin = ClientFor(Roles.Admin);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A client without a token. Its problems are checked against the contract (<see cref="ProblemContractHandler"/>).</summary>
    protected HttpClient Anonymous() => Factory.CreateDefaultClient(new ProblemContractHandler(Factory));

    protected HttpClient ClientFor(string role, Guid? unitId = null, params string[] scopes) =>
        ClientWithToken(Token(role, unitId, scopes));

    protected string Token(string role, Guid? unitId = null, string[]? scopes = null, TimeSpan? lifetime = null, byte[]? key = null) =>
        LocalTokens.Create(
            ThiDuaApiFactory.Issuer,
            ThiDuaApiFactory.Audience,
            key ?? Factory.SigningKey,
            new LocalTokens.Request($"test-{role}", $"Test {role}", [role], unitId, scopes ?? [], lifetime ?? TimeSpan.FromHours(1)));

    protected HttpClient ClientWithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    /// <summary>Asserts an RFC 9457 problem with the expected status and stable code; returns its body.</summary>
    protected static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("code").GetString().ShouldBe(code, body);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue(body);
        return problem;
    }

    /// <summary>Asserts a 400 validation problem naming <paramref name="field"/>.</summary>
    protected static async Task<JsonElement> ShouldBeValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.ValidationFailed.Code);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        return problem;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DependencyInjection.ConfigureJson(options);

        // The API refuses unknown fields in requests; the tests read responses into the same DTOs and need not.
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }

    protected static HttpContent JsonBody(object value) => JsonContent.Create(value, options: Json);
}
