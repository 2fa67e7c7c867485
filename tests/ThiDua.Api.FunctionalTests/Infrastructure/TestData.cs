using System.Net;
using System.Net.Http.Json;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>Arranges data through the API itself.</summary>
internal static class TestData
{
    /// <summary>A conditional read: <c>GET</c> with <c>If-None-Match</c> set to <paramref name="etag"/>.</summary>
    public static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string url, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<UnitDetailsDto> CreateUnitAsync(
        this HttpClient client,
        string code,
        string? name = null,
        Guid? parentId = null,
        string kind = "hospital",
        string province = "Hà Nội")
    {
        var response = await client.PostAsJsonAsync(
            "/api/v1/units",
            new { code, name = name ?? $"Đơn vị {code}", kind, parentId, province, validFrom = "2000-01-01" },
            FunctionalTestBase.Json,
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return (await response.Content.ReadFromJsonAsync<UnitDetailsDto>(FunctionalTestBase.Json, TestContext.Current.CancellationToken))!;
    }

    public static async Task<ClusterDetailsDto> CreateClusterAsync(this HttpClient client, string name, Guid authorityId, string kind = "cluster")
    {
        var response = await client.PostAsJsonAsync(
            "/api/v1/clusters",
            new { name, kind, managingAuthorityId = authorityId },
            FunctionalTestBase.Json,
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return (await response.Content.ReadFromJsonAsync<ClusterDetailsDto>(FunctionalTestBase.Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Drafts the 2023 covenant of <paramref name="clusterId"/> (scale 100, signing by 31/3) with the contents and criteria given, and opens it for signing.</summary>
    public static async Task<Guid> OpenCovenantFor2023Async(this HttpClient client, Guid clusterId, object[] contents, object[] criteria)
    {
        var ct = TestContext.Current.CancellationToken;
        var draft = await client.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId,
            year = 2023,
            title = "Giao ước thi đua năm 2023",
            scaleMax = 100,
            signingDeadline = "2023-03-31",
            contents,
            criteria,
        }, FunctionalTestBase.Json, ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(ct));
        var covenant = (await draft.Content.ReadFromJsonAsync<ThiDua.Application.Covenants.CovenantDetailsDto>(FunctionalTestBase.Json, ct))!.Id;
        (await client.PostAsync($"/api/v1/covenants/{covenant}/open-for-signing", null, ct)).EnsureSuccessStatusCode();
        return covenant;
    }

    public static Task<HttpResponseMessage> PutTermAsync(
        this HttpClient client, Guid clusterId, int year, IEnumerable<Guid> members, Guid? head = null, Guid? deputy = null, string documentNumber = "01/BB-CTĐ")
    {
        object? election = head is null ? null : new
        {
            headUnitId = head,
            deputyUnitId = deputy,
            document = new { number = documentNumber, date = $"{year - 1}-12-15", issuer = "Cụm thi đua" },
        };
        return client.PutAsJsonAsync(
            $"/api/v1/clusters/{clusterId}/terms/{year}",
            new { memberUnitIds = members.ToArray(), election },
            FunctionalTestBase.Json,
            TestContext.Current.CancellationToken);
    }

    public static object LegalBasis(string number = "45/QĐ-SYT", string date = "2025-06-30") =>
        new { number, date, issuer = "Sở Y tế" };
}
