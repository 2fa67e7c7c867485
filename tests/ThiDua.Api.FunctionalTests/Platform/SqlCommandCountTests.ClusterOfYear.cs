using System.Net.Http.Json;
using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Covenants;
using ThiDua.Application.EmulationClusters;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// A cluster's term of one year (<c>ClusterOfYear</c> for covenant commands, the covenant's details, the term read) is
/// read by the one cluster's key (ADR 0036, amendment): no statement ranks every cluster's terms of that year with
/// <c>ROW_NUMBER()</c>, which is what EF Core made of <c>Terms.FirstOrDefault(t =&gt; t.Year == year)</c>. Asserted on the
/// statements the API sent (as <see cref="SqlCommandCountTests"/> asserts they read one year) and on their plans
/// (<c>EXPLAIN</c>: no window aggregate).
/// </summary>
public sealed class ClusterOfYearSqlTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task AClustersYear_IsReadByItsKey_NotRankedAmongEveryClustersTermsOfTheYear()
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var authority = await Admin.CreateUnitAsync("SYT-CY", kind: "department");
        for (var i = 0; i < 3; i++)
        {
            var other = await Admin.CreateClusterAsync($"Cụm thi đua khác {i}", authority.Id);
            var member = await Admin.CreateUnitAsync($"BV-CY-O{i}", parentId: authority.Id);
            (await Admin.PutTermAsync(other.Id, 2023, [member.Id])).EnsureSuccessStatusCode();
        }

        var cluster = (await Admin.CreateClusterAsync("Cụm thi đua CY", authority.Id)).Id;
        var units = new[] { (await Admin.CreateUnitAsync("BV-CY-0", parentId: authority.Id)).Id, (await Admin.CreateUnitAsync("BV-CY-1", parentId: authority.Id)).Id };
        (await Admin.PutTermAsync(cluster, 2022, units, units[0], units[1], "2022/BB-CTĐ")).EnsureSuccessStatusCode();
        (await Admin.PutTermAsync(cluster, 2023, units, units[0], units[1], "2023/BB-CTĐ")).EnsureSuccessStatusCode();
        var covenant = await Admin.OpenCovenantFor2023Async(
            cluster,
            [new { number = 1, title = "Chuyên môn" }],
            [new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 100m, isGate = false }]);

        var (details, read) = await SendCapturingAsync<CovenantDetailsDto>(HttpMethod.Get, $"/api/v1/covenants/{covenant}");
        var (signed, signing) = await SendCapturingAsync<CovenantDetailsDto>(HttpMethod.Post, $"/api/v1/covenants/{covenant}/signatures", new { unitId = units[0] });
        var (term, termRead) = await SendCapturingAsync<ClusterTermDto>(HttpMethod.Get, $"/api/v1/clusters/{cluster}/terms/2023");

        details.AwaitingSignature.Count.ShouldBe(2);
        signed.Signatures.ShouldHaveSingleItem();
        term.Members.Count.ShouldBe(2);
        var termCommands = read.Concat(signing).Concat(termRead).Where(c => c.Text.Contains("cluster_terms", StringComparison.Ordinal)).ToList();
        termCommands.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var command in termCommands)
        {
            command.Text.ShouldNotContain("ROW_NUMBER", Case.Insensitive, command.Text);
            (await ExplainAsync(command)).ShouldNotContain("\"WindowAgg\"", Case.Sensitive, command.Text);
        }
    }

    private async Task<(T Body, IReadOnlyList<CapturedCommand> Commands)> SendCapturingAsync<T>(HttpMethod method, string path, object? body = null)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonBody(body) };
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var response = await Admin.SendAsync(request, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<T>(Json, Ct))!, Factory.SqlCommands.WithParametersFor(tag));
    }

    /// <summary>The plan of the statement as sent, with its parameters' values (JSON text).</summary>
    private async Task<string> ExplainAsync(CapturedCommand command)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var explain = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) {command.Text}", connection);
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter(name.TrimStart('@'), value ?? DBNull.Value));
        }

        return (string)(await explain.ExecuteScalarAsync(Ct))!;
    }
}
