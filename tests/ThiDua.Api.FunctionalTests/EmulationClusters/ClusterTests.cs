using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.EmulationClusters;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Api.FunctionalTests.EmulationClusters;

public sealed class ClusterTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task Post_Returns201WithCluster_AndGetReturnsItWithETag()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");

        var response = await Admin.PostAsJsonAsync("/api/v1/clusters", new
        {
            name = "Cụm thi đua số 2",
            kind = "cluster",
            managingAuthorityId = sở.Id,
            description = "20 đơn vị",
            groupingDecision = new { number = "12/QĐ-SYT", date = "2018-01-15", issuer = "Sở Y tế Hà Nội" },
        }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await ReadAsync<ClusterDetailsDto>(response);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/clusters/{created.Id}");
        created.Kind.ShouldBe(ClusterKind.Cluster);
        created.ManagingAuthority.Code.ShouldBe("SYT-HN");
        created.GroupingDecision!.Number.ShouldBe("12/QĐ-SYT");
        created.TermYears.ShouldBeEmpty();
        var get = await Admin.GetAsync($"/api/v1/clusters/{created.Id}", Ct);
        // The cluster's version and a hash of the answer; the same tag the creation answered with.
        get.Headers.ETag!.Tag.ShouldStartWith($"\"{created.Version}-");
        get.Headers.ETag.Tag.ShouldBe(response.Headers.ETag!.Tag);
        (await ReadAsync<ClusterDetailsDto>(get)).ShouldBeEquivalentTo(created);
    }

    /// <summary>
    /// A write's answer is the text a read of the same state answers, byte for byte (serialised once and hashed, ADR 0035
    /// amendment), and an <c>If-None-Match</c> that already has the tag does not turn a write's answer into a 304.
    /// </summary>
    [Fact]
    public async Task Put_AnswersTheBytesAReadAnswers_AndIsNeverNotModified()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        var cluster = await Admin.CreateClusterAsync("Cụm thi đua số 2", sở.Id);
        var body = new { name = "Cụm thi đua số 2 (mới)", kind = "cluster", managingAuthorityId = sở.Id, description = "20 đơn vị" };
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clusters/{cluster.Id}") { Content = JsonBody(body) };
        update.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{cluster.Version}\""));
        var written = await Admin.SendAsync(update, Ct);
        written.StatusCode.ShouldBe(HttpStatusCode.OK, await written.Content.ReadAsStringAsync(Ct));

        var read = await Admin.GetAsync($"/api/v1/clusters/{cluster.Id}", Ct);
        (await written.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(await read.Content.ReadAsByteArrayAsync(Ct));
        written.Headers.ETag!.Tag.ShouldBe(read.Headers.ETag!.Tag);
        written.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");

        var now = await ReadAsync<ClusterDetailsDto>(read);
        using var again = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clusters/{cluster.Id}") { Content = JsonBody(body) };
        again.Headers.IfMatch.Add(read.Headers.ETag);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0-0000000000000000\""));
        again.Headers.IfNoneMatch.Add(read.Headers.ETag);
        var rewritten = await Admin.SendAsync(again, Ct);
        rewritten.StatusCode.ShouldBe(HttpStatusCode.OK, await rewritten.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<ClusterDetailsDto>(rewritten)).Id.ShouldBe(now.Id);
    }

    [Fact]
    public async Task Post_Returns409_WhenAuthorityAlreadyHasTheName_IgnoringCase()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var other = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");
        await Admin.CreateClusterAsync("Cụm thi đua số 2", sở.Id);

        var duplicate = await Admin.PostAsJsonAsync("/api/v1/clusters", new { name = "CỤM THI ĐUA SỐ 2", kind = "cluster", managingAuthorityId = sở.Id }, Json, Ct);
        var elsewhere = await Admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm thi đua số 2", kind = "cluster", managingAuthorityId = other.Id }, Json, Ct);

        await ShouldBeProblemAsync(duplicate, HttpStatusCode.Conflict, ClusterErrors.NameTaken.Code);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Post_Returns422_WhenManagingAuthorityMissingOrInactive()
    {
        var gone = await Admin.CreateUnitAsync("GONE", kind: "department");
        await Admin.PostAsJsonAsync($"/api/v1/units/{gone.Id}/lineage-events", new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() }, Json, Ct);

        var missing = await Admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm", kind = "cluster", managingAuthorityId = Guid.NewGuid() }, Json, Ct);
        var inactive = await Admin.PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm", kind = "cluster", managingAuthorityId = gone.Id }, Json, Ct);

        await ShouldBeProblemAsync(missing, HttpStatusCode.UnprocessableEntity, ClusterErrors.ManagingAuthorityNotFound.Code);
        await ShouldBeProblemAsync(inactive, HttpStatusCode.UnprocessableEntity, ClusterErrors.ManagingAuthorityNotActive.Code);
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"kind\":\"cluster\",\"managingAuthorityId\":\"7d1c2e3f-0000-7000-8000-000000000001\"}", "name")]
    [InlineData("{\"name\":\"Cụm\",\"managingAuthorityId\":\"7d1c2e3f-0000-7000-8000-000000000001\"}", "kind")]
    [InlineData("{\"name\":\"Cụm\",\"kind\":\"cluster\"}", "managingAuthorityId")]
    [InlineData("{\"name\":\"Cụm\",\"kind\":\"cluster\",\"managingAuthorityId\":\"7d1c2e3f-0000-7000-8000-000000000001\",\"groupingDecision\":{\"number\":\"không số\",\"date\":\"2020-01-01\"}}", "groupingDecision.number")]
    public async Task Post_Returns400WithFieldError_ForInvalidInput(string json, string field)
    {
        var response = await Admin.PostAsync("/api/v1/clusters", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ShouldBeValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Council_ManagesClustersOfItsAuthorityOnly_AndUnitOfficersCannot()
    {
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var hanam = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");
        var council = ClientFor(Roles.Council, hanoi.Id);

        var own = await council.PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm 1", kind = "cluster", managingAuthorityId = hanoi.Id }, Json, Ct);
        var foreign = await council.PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm 2", kind = "cluster", managingAuthorityId = hanam.Id }, Json, Ct);
        var officer = await ClientFor(Roles.UnitOfficer, hanoi.Id).PostAsJsonAsync("/api/v1/clusters", new { name = "Cụm 3", kind = "cluster", managingAuthorityId = hanoi.Id }, Json, Ct);

        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(foreign, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(officer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        var foreignCluster = await Admin.CreateClusterAsync("Khối", hanam.Id, "block");
        var update = await council.PutAsJsonAsync($"/api/v1/clusters/{foreignCluster.Id}", new { name = "Khối X", kind = "block", managingAuthorityId = hanam.Id }, Json, Ct);
        await ShouldBeProblemAsync(update, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Fact]
    public async Task Put_UpdatesName_ButKindAndAuthorityLockOnceATermExists()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var member = await Admin.CreateUnitAsync("BV-1", parentId: sở.Id);
        var cluster = await Admin.CreateClusterAsync("Cụm 1", sở.Id);

        var renamed = await Admin.PutAsJsonAsync($"/api/v1/clusters/{cluster.Id}", new { name = "Cụm thi đua số 1", kind = "block", managingAuthorityId = sở.Id }, Json, Ct);
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<ClusterDetailsDto>(renamed)).Kind.ShouldBe(ClusterKind.Block);
        (await Admin.PutTermAsync(cluster.Id, 2023, [member.Id])).EnsureSuccessStatusCode();

        var locked = await Admin.PutAsJsonAsync($"/api/v1/clusters/{cluster.Id}", new { name = "Cụm thi đua số 1", kind = "cluster", managingAuthorityId = sở.Id }, Json, Ct);

        await ShouldBeProblemAsync(locked, HttpStatusCode.Conflict, ClusterErrors.StructureLocked.Code);
    }

    [Fact]
    public async Task Put_Returns412_WhenIfMatchIsStale()
    {
        var sở = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var cluster = await Admin.CreateClusterAsync("Cụm 1", sở.Id);
        (await Admin.PutAsJsonAsync($"/api/v1/clusters/{cluster.Id}", new { name = "Cụm A", kind = "cluster", managingAuthorityId = sở.Id }, Json, Ct)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clusters/{cluster.Id}")
        {
            Content = JsonBody(new { name = "Cụm B", kind = "cluster", managingAuthorityId = sở.Id }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{cluster.Version}\""));

        var response = await Admin.SendAsync(request, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task Get_Returns404_ForUnknownCluster()
    {
        var response = await Admin.GetAsync($"/api/v1/clusters/{Guid.NewGuid()}", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Cluster.Code);
    }

    [Fact]
    public async Task List_FiltersSearchesAndPages()
    {
        var hanoi = await Admin.CreateUnitAsync("UBND-HN", kind: "other");
        var sở = await Admin.CreateUnitAsync("SYT-HN", kind: "department", parentId: hanoi.Id);
        var bv = await Admin.CreateUnitAsync("BV-PS", parentId: sở.Id);
        var cum1 = await Admin.CreateClusterAsync("Cụm thi đua số I", sở.Id);
        var cum2 = await Admin.CreateClusterAsync("Cụm thi đua số 2", sở.Id);
        var cum7 = await Admin.CreateClusterAsync("Cụm thi đua số 7", hanoi.Id);
        var khoi = await Admin.CreateClusterAsync("Khối thi đua tổng hợp", sở.Id, "block");
        (await Admin.PutTermAsync(cum2.Id, 2018, [bv.Id])).EnsureSuccessStatusCode();

        async Task<Page<ClusterSummaryDto>> ListAsync(string query) =>
            await ReadAsync<Page<ClusterSummaryDto>>(await Admin.GetAsync($"/api/v1/clusters{query}", Ct));

        (await ListAsync("?q=cum%20thi%20dua")).Items.Select(c => c.Id).ShouldBe([cum2.Id, cum7.Id, cum1.Id]);
        (await ListAsync("?q=TONG%20HOP")).Items.ShouldHaveSingleItem().Id.ShouldBe(khoi.Id);
        (await ListAsync("?kind=block")).Items.ShouldHaveSingleItem().Id.ShouldBe(khoi.Id);
        (await ListAsync($"?managingAuthorityId={hanoi.Id}")).Items.ShouldHaveSingleItem().Id.ShouldBe(cum7.Id);
        (await ListAsync("?year=2018")).Items.ShouldHaveSingleItem().Id.ShouldBe(cum2.Id);
        (await ListAsync($"?memberUnitId={bv.Id}")).Items.ShouldHaveSingleItem().Id.ShouldBe(cum2.Id);
        (await ListAsync($"?memberUnitId={bv.Id}&year=2019")).Items.ShouldBeEmpty();

        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await ListAsync($"?limit=1{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            ids.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        ids.ShouldBe([cum2.Id, cum7.Id, cum1.Id, khoi.Id]);
    }
}
