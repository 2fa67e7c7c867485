using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Units;

public sealed class GetAndUpdateUnitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly object Update = new { name = "Bệnh viện Phụ Sản Hà Nội", shortName = "PSHN", kind = "hospital", province = "Hà Nội" };

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/units/{id}") { Content = JsonBody(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Get_Returns404WithCode_ForUnknownUnit()
    {
        var response = await Admin.GetAsync($"/api/v1/units/{Guid.NewGuid()}", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
    }

    [Fact]
    public async Task Get_Returns304_WhenIfNoneMatchHasCurrentETag()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");
        var first = await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/units/{unit.Id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await Admin.SendAsync(request, Ct);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        second.Headers.ETag!.Tag.ShouldBe(first.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Get_Returns200WithTheNewParentName_ToAClientHoldingTheETagFromBeforeTheParentWasRenamed()
    {
        var parent = await Admin.CreateUnitAsync("SYT-1", "Sở Y tế cũ", kind: "department");
        var child = await Admin.CreateUnitAsync("BV-1", "Bệnh viện", parentId: parent.Id);
        var first = await Admin.GetAsync($"/api/v1/units/{child.Id}", Ct);
        (await PutAsync(Admin, parent.Id, new { name = "Sở Y tế mới", kind = "department", province = "Hà Nội" }, $"\"{parent.Version}\"")).EnsureSuccessStatusCode();

        var second = await TestData.GetIfNoneMatchAsync(Admin, $"/api/v1/units/{child.Id}", first.Headers.ETag!);

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<UnitDetailsDto>(second)).Parent!.Name.ShouldBe("Sở Y tế mới");
        // The child itself did not change: an update with the tag read before the parent's rename still applies.
        (await PutAsync(Admin, child.Id, new { name = "Bệnh viện mới", kind = "hospital", province = "Hà Nội" }, first.Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Put_Returns200AndNewETag_WhenIfMatchIsCurrent()
    {
        var unit = await Admin.CreateUnitAsync("BV-1", "Bệnh viện cũ");

        var response = await PutAsync(Admin, unit.Id, Update, $"\"{unit.Version}\"");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await ReadAsync<UnitDetailsDto>(response);
        updated.Name.ShouldBe("Bệnh viện Phụ Sản Hà Nội");
        updated.ShortName.ShouldBe("PSHN");
        updated.Version.ShouldNotBe(unit.Version);
        response.Headers.ETag!.Tag.ShouldStartWith($"\"{updated.Version}-");
        (await TestData.GetIfNoneMatchAsync(Admin, $"/api/v1/units/{unit.Id}", response.Headers.ETag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Put_Returns412_WhenIfMatchIsStale()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");
        (await PutAsync(Admin, unit.Id, Update)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await PutAsync(Admin, unit.Id, Update, $"\"{unit.Version}\"");

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task Put_Returns412_WhenIfMatchIsNotOneOfOurTags()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");

        var response = await PutAsync(Admin, unit.Id, Update, "\"abc\"");

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task Put_Returns409ConcurrencyConflict_ForTheLoserOfTwoParallelWrites()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            PutAsync(Admin, unit.Id, new { name = "Tên A", kind = "hospital", province = "Hà Nội" }),
            PutAsync(Admin, unit.Id, new { name = "Tên B", kind = "hospital", province = "Hà Nội" }));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        await ShouldBeProblemAsync(loser, HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        var winner = await ReadAsync<UnitDetailsDto>(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        var stored = await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct));
        stored.Name.ShouldBe(winner.Name);
    }

    [Fact]
    public async Task Put_Returns404_ForUnknownUnit()
    {
        var response = await PutAsync(Admin, Guid.NewGuid(), Update);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
    }

    [Fact]
    public async Task UnitOfficer_CorrectsOwnShortName_ButGets403ForAnotherUnit()
    {
        var own = await Admin.CreateUnitAsync("BV-1", "Bệnh viện 1");
        var other = await Admin.CreateUnitAsync("BV-2", "Bệnh viện 2");
        var officer = ClientFor(Roles.UnitOfficer, own.Id);

        var corrected = await PutAsync(officer, own.Id, new { name = "Bệnh viện 1", shortName = "BV1", kind = "hospital", province = "Hà Nội" });
        var response = await PutAsync(officer, other.Id, new { name = "Bệnh viện 2", shortName = "BV2", kind = "hospital", province = "Hà Nội" });

        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<UnitDetailsDto>(corrected)).ShortName.ShouldBe("BV1");
        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Theory]
    [InlineData("Tên mới", "hospital", "Hà Nội")]
    [InlineData("Bệnh viện 1", "department", "Hà Nội")]
    [InlineData("Bệnh viện 1", "hospital", "Hà Nam")]
    public async Task UnitOfficer_Gets403_WhenChangingNameKindOrProvince(string name, string kind, string province)
    {
        var own = await Admin.CreateUnitAsync("BV-1", "Bệnh viện 1");

        var response = await PutAsync(ClientFor(Roles.UnitOfficer, own.Id), own.Id, new { name, kind, province });

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        (await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{own.Id}", Ct))).Name.ShouldBe("Bệnh viện 1");
    }

    [Fact]
    public async Task Put_Returns409_WhenUnitWasMerged()
    {
        var successor = await Admin.CreateUnitAsync("NEW");
        var unit = await Admin.CreateUnitAsync("OLD");
        (await Admin.PostAsJsonAsync($"/api/v1/units/{unit.Id}/lineage-events",
            new { type = "merge", effectiveOn = "2025-07-01", successorId = successor.Id, legalBasis = TestData.LegalBasis() }, Json, Ct)).EnsureSuccessStatusCode();

        var response = await PutAsync(Admin, unit.Id, Update);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, UnitErrors.NotActive.Code);
    }

    [Fact]
    public async Task Put_Returns400_ForInvalidBody()
    {
        var unit = await Admin.CreateUnitAsync("BV-1");

        var response = await PutAsync(Admin, unit.Id, new { name = "", kind = "hospital", province = "Hà Nội" });

        await ShouldBeValidationProblemAsync(response, "name");
    }

    [Fact]
    public async Task Changes_AreWrittenToTheAuditLog_ReadableByAdminAndCouncil()
    {
        var authority = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var unit = await Admin.CreateUnitAsync("BV-1", "Tên cũ", authority.Id);
        (await PutAsync(Admin, unit.Id, new { name = "Tên mới", kind = "hospital", province = "Hà Nội" })).EnsureSuccessStatusCode();

        var response = await ClientFor(Roles.Council, authority.Id).GetAsync($"/api/v1/audit?resourceId={unit.Id}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ReadAsync<System.Text.Json.JsonElement>(response);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        items[0].GetProperty("operation").GetString().ShouldBe("UpdateUnitCommand");
        items[0].GetProperty("action").GetString().ShouldBe("updated");
        items[0].GetProperty("subject").GetString().ShouldBe("test-admin");
        items[0].GetProperty("resourceType").GetString().ShouldBe(nameof(OrganisationUnit));
        var nameChange = items[0].GetProperty("changes").GetProperty("name");
        nameChange[0].GetString().ShouldBe("Tên cũ");
        nameChange[1].GetString().ShouldBe("Tên mới");
        items[0].GetProperty("state").GetProperty("name").GetString().ShouldBe("Tên mới");
        items[1].GetProperty("operation").GetString().ShouldBe("CreateUnitCommand");
        items[1].GetProperty("action").GetString().ShouldBe("created");
    }

    [Fact]
    public async Task AuditLog_IsScopedToTheCouncilsAuthority()
    {
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var hanam = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");
        var foreign = await Admin.CreateUnitAsync("BV-HNAM", parentId: hanam.Id);
        var council = ClientFor(Roles.Council, hanoi.Id);

        var everything = await council.GetAsync("/api/v1/audit", Ct);
        var elsewhere = await council.GetAsync($"/api/v1/audit?resourceId={foreign.Id}", Ct);
        var unknown = await council.GetAsync($"/api/v1/audit?resourceId={Guid.NewGuid()}", Ct);

        await ShouldBeProblemAsync(everything, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(elsewhere, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(unknown, HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
        (await Admin.GetAsync("/api/v1/audit", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("W/\"{0}\"")]
    [InlineData("{0}")]
    public async Task Put_Returns412_ForWeakOrUnquotedTags(string format)
    {
        var unit = await Admin.CreateUnitAsync("BV-1");

        var response = await PutAsync(Admin, unit.Id, Update, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, unit.Version));

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task AuditLog_IsAppendOnly_InTheDatabase()
    {
        await Admin.CreateUnitAsync("BV-1");
        await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);

        foreach (var sql in new[] { "UPDATE thidua.audit_entries SET subject = 'forged'", "DELETE FROM thidua.audit_entries" })
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            var error = await Should.ThrowAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync(Ct));
            error.MessageText.ShouldContain("append-only");
        }
    }
}
