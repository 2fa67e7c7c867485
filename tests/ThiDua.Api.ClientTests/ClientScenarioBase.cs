using System.Net.Http.Headers;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Security;
using ThiDua.Client;

namespace ThiDua.Api.ClientTests;

/// <summary>
/// Talks to the API in-process (the functional tests' host over a fresh PostgreSQL database) only through the C# client
/// generated from openapi/v1.json: what an e-office integrator would build from the published contract.
/// </summary>
[Collection(PostgresCollection.Name)]
public abstract class ClientScenarioBase(ThiDuaApiFactory factory) : IAsyncLifetime
{
    protected ThiDuaApiFactory Factory { get; } = factory;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Factory.ResetDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A generated client whose requests carry a bearer token for <paramref name="role"/>.</summary>
    protected ThiDuaClient ClientAs(string role, Guid? unitId = null, string subject = "", string[]? scopes = null)
    {
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role, unitId, subject, scopes));

        // Keeps each body's text, so that a failure carries the problem whatever schema the operation names for it.
        return new ThiDuaClient(http) { ReadResponseAsString = true };
    }

    /// <summary>A signed token as the API's configured issuer would give it.</summary>
    protected string TokenFor(string role, Guid? unitId = null, string subject = "", string[]? scopes = null) =>
        LocalTokens.Create(
            ThiDuaApiFactory.Issuer,
            ThiDuaApiFactory.Audience,
            Factory.SigningKey,
            new LocalTokens.Request(subject.Length > 0 ? subject : $"client-{role}", $"Client {role}", [role], unitId, scopes ?? [], TimeSpan.FromHours(1)));

    /// <summary>The one value of a response header (names compared case-insensitively, as HTTP does).</summary>
    protected static string Header(SwaggerResponse response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();
    }

    protected static string Header(FileResponse response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();
    }

    protected static bool HasHeader(SwaggerResponse response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Any(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Asserts that the call fails with an RFC 9457 problem of <paramref name="status"/> and stable <paramref name="code"/>.
    /// Reads the problem from the generated <see cref="ApiException"/>'s body, whatever problem schema the operation names.
    /// </summary>
    protected static async Task<JsonElement> ShouldBeProblemAsync(Func<Task> call, int status, string code)
    {
        ArgumentNullException.ThrowIfNull(call);
        var failure = await Should.ThrowAsync<ApiException>(call);
        failure.StatusCode.ShouldBe(status, failure.Response);
        failure.Headers.Single(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value.Single()
            .ShouldStartWith("application/problem+json");
        var problem = JsonDocument.Parse(failure.Response ?? "{}").RootElement.Clone();
        problem.GetProperty("code").GetString().ShouldBe(code, failure.Response);
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        return problem;
    }
}
