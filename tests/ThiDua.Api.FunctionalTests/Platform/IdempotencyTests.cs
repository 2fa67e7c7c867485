using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Idempotency;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

public sealed class IdempotencyTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/units") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    private Task<int> UnitCountAsync() => Factory.WithDbContextAsync(db => db.Units.CountAsync(Ct));

    [Fact]
    public async Task Post_ReplaysTheFirstResponse_WhenRetriedWithTheSameKeyAndBody()
    {
        var body = new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" };

        var first = await PostAsync(Admin, "retry-1", body);
        var second = await PostAsync(Admin, "retry-1", body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        second.Headers.Location.ShouldBe(first.Headers.Location);
        second.Headers.ETag.ShouldBe(first.Headers.ETag);
        (await second.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
        (await UnitCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Post_ReplaysAnErrorResponseToo()
    {
        var body = new { code = "", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" };

        var first = await PostAsync(Admin, "bad-1", body);
        var second = await PostAsync(Admin, "bad-1", body);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await ShouldBeValidationProblemAsync(second, "code");
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    [Fact]
    public async Task Post_Returns422_WhenKeyIsReusedWithAnotherBody()
    {
        await PostAsync(Admin, "key-1", new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" });

        var response = await PostAsync(Admin, "key-1", new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nội" });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, FrameworkErrors.IdempotencyKeyReused.Code);
        (await UnitCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Keys_BelongToTheCaller()
    {
        var authority = await Admin.CreateUnitAsync("SYT", kind: "department");
        var council = ClientFor(Roles.Council, authority.Id);

        var byAdmin = await PostAsync(Admin, "shared-key", new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội", parentId = authority.Id });
        var byCouncil = await PostAsync(council, "shared-key", new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nội", parentId = authority.Id });

        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Created);
        byCouncil.StatusCode.ShouldBe(HttpStatusCode.Created);
        byCouncil.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }

    [Fact]
    public async Task Post_Returns400_ForAKeyWithSpaces()
    {
        var response = await PostAsync(Admin, "has space", new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" });

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.IdempotencyKeyInvalid.Code);
        (await UnitCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Post_Returns400_ForAnOverlongKey()
    {
        var response = await PostAsync(Admin, new string('k', 201), new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" });

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.IdempotencyKeyInvalid.Code);
    }

    [Fact]
    public async Task ParallelRetries_CreateTheResourceOnce()
    {
        var body = new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(Admin, "parallel-1", body)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        foreach (var other in responses.Where(r => r.Headers.Contains("Idempotent-Replayed") || r.StatusCode != HttpStatusCode.Created))
        {
            if (other.StatusCode != HttpStatusCode.Created)
            {
                await ShouldBeProblemAsync(other, HttpStatusCode.Conflict, IdempotentRequest.InProgress.Code);
            }
        }

        (await UnitCountAsync()).ShouldBe(1);
    }
}
