using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.Units;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Api.FunctionalTests.EmulationClusters;

public sealed class ClusterTermTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _authority = null!;
    private ClusterDetailsDto _cluster = null!;
    private UnitDetailsDto[] _units = [];

    private async Task ArrangeAsync(int units = 4, Guid? authorityParent = null)
    {
        _authority = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", authorityParent, kind: "department");
        _cluster = await Admin.CreateClusterAsync("Cụm thi đua số 2", _authority.Id);
        _units = new UnitDetailsDto[units];
        for (var i = 0; i < units; i++)
        {
            _units[i] = await Admin.CreateUnitAsync($"BV-{i}", $"Bệnh viện số {i}", _authority.Id);
        }
    }

    private async Task<ClusterTermDto> GetTermAsync(int year) =>
        await ReadAsync<ClusterTermDto>(await Admin.GetAsync($"/api/v1/clusters/{_cluster.Id}/terms/{year}", Ct));

    private Task<HttpResponseMessage> RecordAsync(Guid unitId, object body) =>
        Admin.PostAsJsonAsync($"/api/v1/units/{unitId}/lineage-events", body, Json, Ct);

    [Fact]
    public async Task Put_CreatesTermWith201_ThenUpdatesWith200_KeepingOneTermPerYear()
    {
        await ArrangeAsync();

        var created = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id);
        var updated = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id, _units[2].Id]);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/clusters/{_cluster.Id}/terms/2023");
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var term = await ReadAsync<ClusterTermDto>(updated);
        term.Members.Count.ShouldBe(3);
        term.Head!.Unit.Id.ShouldBe(_units[0].Id);
        term.Head.Vacant.ShouldBeFalse();
        term.Deputy!.Unit.Id.ShouldBe(_units[1].Id);
        term.Election!.Document.Number.ShouldBe("01/BB-CTĐ");
        term.Election.Document.Date.ShouldBe(new DateOnly(2022, 12, 15));
        term.Members[0].Post.ShouldBe(ClusterPost.Head);
        var cluster = await ReadAsync<ClusterDetailsDto>(await Admin.GetAsync($"/api/v1/clusters/{_cluster.Id}", Ct));
        cluster.TermYears.ShouldBe([2023]);
    }

    [Fact]
    public async Task Get_ShowsMembersHeadAndDeputyForAnyYear()
    {
        await ArrangeAsync();
        await Admin.PutTermAsync(_cluster.Id, 2022, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id);
        await Admin.PutTermAsync(_cluster.Id, 2023, [_units[1].Id, _units[2].Id], _units[1].Id, _units[2].Id, "07/BB-CTĐ");

        var y2022 = await GetTermAsync(2022);
        var y2023 = await GetTermAsync(2023);

        y2022.Head!.Unit.Id.ShouldBe(_units[0].Id);
        y2023.Head!.Unit.Id.ShouldBe(_units[1].Id);
        y2023.Deputy!.Unit.Id.ShouldBe(_units[2].Id);
        y2023.Members.Select(m => m.Unit.Id).ShouldBe([_units[1].Id, _units[2].Id]);
    }

    [Fact]
    public async Task Get_Returns404_ForYearWithoutTerm()
    {
        await ArrangeAsync();

        var response = await Admin.GetAsync($"/api/v1/clusters/{_cluster.Id}/terms/2030", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.ClusterTerm.Code);
    }

    [Fact]
    public async Task Put_Returns422_WhenHeadAndDeputyAreTheSameUnit()
    {
        await ArrangeAsync();

        var response = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id], _units[0].Id, _units[0].Id);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ClusterErrors.HeadAndDeputySame.Code);
    }

    [Fact]
    public async Task Put_Returns422_WhenHeadOrDeputyIsNotAMember()
    {
        await ArrangeAsync();

        var response = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id], _units[0].Id, _units[3].Id);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ClusterErrors.PostHolderNotCurrentMember.Code);
    }

    [Fact]
    public async Task Put_Returns400_WhenElectionLacksItsDocument()
    {
        await ArrangeAsync();

        var response = await Admin.PutAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2023", new
        {
            memberUnitIds = new[] { _units[0].Id, _units[1].Id },
            election = new { headUnitId = _units[0].Id, deputyUnitId = _units[1].Id },
        }, Json, Ct);

        await ShouldBeValidationProblemAsync(response, "election.document");
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task Put_Returns400_ForYearOutOfRange(int year)
    {
        await ArrangeAsync();

        var response = await Admin.PutTermAsync(_cluster.Id, year, [_units[0].Id]);

        await ShouldBeValidationProblemAsync(response, "year");
    }

    [Fact]
    public async Task Put_Returns400_WhenAUnitIsListedTwice()
    {
        await ArrangeAsync();

        var response = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[0].Id]);

        await ShouldBeValidationProblemAsync(response, "memberUnitIds");
    }

    [Fact]
    public async Task Put_Returns422_WhenAMemberUnitDoesNotExist()
    {
        await ArrangeAsync();

        var response = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, Guid.NewGuid()]);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberUnitNotFound.Code);
    }

    [Fact]
    public async Task Put_Returns409_WhenUnitIsInAnotherClusterOfTheSameAuthorityThatYear()
    {
        await ArrangeAsync();
        var other = await Admin.CreateClusterAsync("Cụm thi đua số I", _authority.Id);
        (await Admin.PutTermAsync(other.Id, 2023, [_units[0].Id])).EnsureSuccessStatusCode();

        var sameYear = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id]);
        var otherYear = await Admin.PutTermAsync(_cluster.Id, 2024, [_units[0].Id, _units[1].Id]);

        var problem = await ShouldBeProblemAsync(sameYear, HttpStatusCode.Conflict, ClusterErrors.UnitInOtherGrouping.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("BV-0");
        otherYear.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Put_AllowsOneClusterAndOneBlock_AndClustersOfOtherAuthorities()
    {
        var city = await Admin.CreateUnitAsync("UBND-HN", kind: "other");
        await ArrangeAsync(authorityParent: city.Id);
        var block = await Admin.CreateClusterAsync("Khối bệnh viện", _authority.Id, "block");
        var cityCluster = await Admin.CreateClusterAsync("Cụm thi đua số 7", city.Id);
        (await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id])).EnsureSuccessStatusCode();

        (await Admin.PutTermAsync(block.Id, 2023, [_units[0].Id])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Admin.PutTermAsync(cityCluster.Id, 2023, [_units[0].Id])).StatusCode.ShouldBe(HttpStatusCode.Created);
        var secondBlock = await Admin.CreateClusterAsync("Khối dự phòng", _authority.Id, "block");
        var conflict = await Admin.PutTermAsync(secondBlock.Id, 2023, [_units[0].Id]);
        await ShouldBeProblemAsync(conflict, HttpStatusCode.Conflict, ClusterErrors.UnitInOtherGrouping.Code);
    }

    [Fact]
    public async Task AddMember_Returns409ForTheLoser_WhenTwoClustersAddTheSameUnitAtOnce()
    {
        await ArrangeAsync();
        var other = await Admin.CreateClusterAsync("Cụm thi đua số I", _authority.Id);
        (await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id])).EnsureSuccessStatusCode();
        (await Admin.PutTermAsync(other.Id, 2023, [_units[1].Id])).EnsureSuccessStatusCode();
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            Admin.PostAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2023/members", new { unitId = _units[3].Id }, Json, Ct),
            Admin.PostAsJsonAsync($"/api/v1/clusters/{other.Id}/terms/2023/members", new { unitId = _units[3].Id }, Json, Ct));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, ClusterErrors.UnitInOtherGrouping.Code);
    }

    [Fact]
    public async Task Put_Returns422_ForDissolvedOrMergedUnit()
    {
        await ArrangeAsync();
        await RecordAsync(_units[3].Id, new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() });

        var response = await Admin.PutTermAsync(_cluster.Id, 2026, [_units[0].Id, _units[3].Id]);
        var add = await Admin.PostAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2023/members", new { unitId = _units[3].Id }, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberUnitNotActive.Code);
        await ShouldBeProblemAsync(add, HttpStatusCode.NotFound, NotFoundErrors.ClusterTerm.Code);
    }

    [Fact]
    public async Task AddAndRemoveMember_FollowTheRules()
    {
        await ArrangeAsync();
        (await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();
        var members = $"/api/v1/clusters/{_cluster.Id}/terms/2023/members";

        var added = await Admin.PostAsJsonAsync(members, new { unitId = _units[2].Id, joinedOn = "2023-06-01" }, Json, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadAsync<ClusterTermDto>(added)).Members.Single(m => m.Unit.Id == _units[2].Id).JoinedOn.ShouldBe(new DateOnly(2023, 6, 1));

        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync(members, new { unitId = _units[2].Id }, Json, Ct), HttpStatusCode.Conflict, ClusterErrors.AlreadyMember.Code);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync(members, new { unitId = _units[3].Id, joinedOn = "2024-01-01" }, Json, Ct), HttpStatusCode.UnprocessableEntity, ClusterErrors.JoinDateOutsideYear.Code);
        await ShouldBeProblemAsync(await Admin.DeleteAsync($"{members}/{_units[0].Id}", Ct), HttpStatusCode.Conflict, ClusterErrors.MemberHoldsPost.Code);
        await ShouldBeProblemAsync(await Admin.DeleteAsync($"{members}/{_units[3].Id}", Ct), HttpStatusCode.NotFound, NotFoundErrors.ClusterMember.Code);

        (await Admin.DeleteAsync($"{members}/{_units[2].Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetTermAsync(2023)).Members.Select(m => m.Unit.Id).ShouldNotContain(_units[2].Id);
    }

    [Fact]
    public async Task Put_Returns409_WhenItWouldDropTheHeadWithoutANewElection()
    {
        await ArrangeAsync();
        (await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id, _units[1].Id, _units[2].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();

        var dropHead = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[1].Id, _units[2].Id]);
        var reelect = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[1].Id, _units[2].Id], _units[2].Id, _units[1].Id, "09/BB-CTĐ");

        await ShouldBeProblemAsync(dropHead, HttpStatusCode.Conflict, ClusterErrors.MemberHoldsPost.Code);
        reelect.StatusCode.ShouldBe(HttpStatusCode.OK);
        var term = await ReadAsync<ClusterTermDto>(reelect);
        term.Head!.Unit.Id.ShouldBe(_units[2].Id);
        term.ElectionHistory.Count.ShouldBe(2);
    }

    [Fact]
    public async Task MergedHead_LeavesAtEffectiveDate_PostIsVacantUntilANewElection()
    {
        await ArrangeAsync();
        var successor = await Admin.CreateUnitAsync("BV-NEW", "Bệnh viện hợp nhất", _authority.Id);
        (await Admin.PutTermAsync(_cluster.Id, 2025, [_units[0].Id, _units[1].Id, _units[2].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();
        (await Admin.PutTermAsync(_cluster.Id, 2024, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();

        (await RecordAsync(_units[0].Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = successor.Id, legalBasis = TestData.LegalBasis() }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var term = await GetTermAsync(2025);
        term.Head!.Unit.Id.ShouldBe(_units[0].Id);
        term.Head.Vacant.ShouldBeTrue();
        term.Head.VacantSince.ShouldBe(new DateOnly(2025, 7, 1));
        term.Deputy!.Vacant.ShouldBeFalse();
        var left = term.Members.Single(m => m.Unit.Id == _units[0].Id);
        left.LeftOn.ShouldBe(new DateOnly(2025, 7, 1));
        left.LeaveReason.ShouldBe(MemberLeaveReason.Merged);
        (await GetTermAsync(2024)).Head!.Vacant.ShouldBeFalse();

        var election = await Admin.PutTermAsync(_cluster.Id, 2025, [_units[1].Id, _units[2].Id], _units[1].Id, _units[2].Id, "15/BB-CTĐ");
        election.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await ReadAsync<ClusterTermDto>(election);
        after.Head!.Unit.Id.ShouldBe(_units[1].Id);
        after.Head.Vacant.ShouldBeFalse();
        after.Members.Single(m => m.Unit.Id == _units[0].Id).LeftOn.ShouldBe(new DateOnly(2025, 7, 1));

        var history = await ReadAsync<List<UnitClusterMembershipDto>>(await Admin.GetAsync($"/api/v1/units/{_units[0].Id}/clusters", Ct));
        history.Select(h => h.Year).ShouldBe([2025, 2024]);
        history[0].LeftOn.ShouldBe(new DateOnly(2025, 7, 1));
        history[1].Post.ShouldBe(ClusterPost.Head);
        history[1].ClusterName.ShouldBe("Cụm thi đua số 2");
    }

    [Fact]
    public async Task DissolvedDeputy_LeavesItsTerm_AndCannotBeAddedAgain()
    {
        await ArrangeAsync();
        (await Admin.PutTermAsync(_cluster.Id, 2025, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();

        await RecordAsync(_units[1].Id, new { type = "dissolve", effectiveOn = "2025-09-01", legalBasis = TestData.LegalBasis() });

        var term = await GetTermAsync(2025);
        term.Deputy!.Vacant.ShouldBeTrue();
        term.Members.Single(m => m.Unit.Id == _units[1].Id).LeaveReason.ShouldBe(MemberLeaveReason.Dissolved);
        var readd = await Admin.PutTermAsync(_cluster.Id, 2026, [_units[0].Id, _units[1].Id]);
        await ShouldBeProblemAsync(readd, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberUnitNotActive.Code);
    }

    [Fact]
    public async Task Put_Returns422_WhenAMemberIsNotUnderTheManagingAuthority()
    {
        await ArrangeAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-THA", "Sở Y tế Thanh Hóa", kind: "department", province: "Thanh Hóa");

        var response = await Admin.PutTermAsync(_cluster.Id, 2024, [_units[0].Id, elsewhere.Id], elsewhere.Id, _units[0].Id);
        var add = await Admin.PutTermAsync(_cluster.Id, 2025, [_units[0].Id]);
        var addOutside = await Admin.PostAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2025/members", new { unitId = elsewhere.Id }, Json, Ct);
        var addAuthorityItself = await Admin.PostAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2025/members", new { unitId = _authority.Id }, Json, Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberOutsideAuthority.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("SYT-THA");
        add.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(addOutside, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberOutsideAuthority.Code);
        await ShouldBeProblemAsync(addAuthorityItself, HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberOutsideAuthority.Code);
    }

    [Fact]
    public async Task Put_Returns400_WhenMemberListIsMissing()
    {
        await ArrangeAsync();

        var response = await Admin.PutAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2024", new { memberUnitIds = (Guid[]?)null }, Json, Ct);

        await ShouldBeValidationProblemAsync(response, "memberUnitIds");
    }

    [Fact]
    public async Task MergeRacingAnAddMember_NeverLeavesAMergedUnitAsCurrentMember()
    {
        await ArrangeAsync();
        var successor = await Admin.CreateUnitAsync("BV-NEW", parentId: _authority.Id);
        (await Admin.PutTermAsync(_cluster.Id, 2025, [_units[0].Id])).EnsureSuccessStatusCode();
        Factory.SaveBarrier.Arm(2, TimeSpan.FromSeconds(2));

        var responses = await Task.WhenAll(
            Admin.PostAsJsonAsync($"/api/v1/clusters/{_cluster.Id}/terms/2025/members", new { unitId = _units[1].Id }, Json, Ct),
            RecordAsync(_units[1].Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = successor.Id, legalBasis = TestData.LegalBasis() }));
        Factory.SaveBarrier.Disarm();

        responses[1].StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = (await GetTermAsync(2025)).Members.SingleOrDefault(m => m.Unit.Id == _units[1].Id);
        if (responses[0].StatusCode == HttpStatusCode.Created)
        {
            member.ShouldNotBeNull().LeftOn.ShouldBe(new DateOnly(2025, 7, 1));
        }
        else
        {
            await ShouldBeProblemAsync(responses[0], HttpStatusCode.UnprocessableEntity, ClusterErrors.MemberUnitNotActive.Code);
            member.ShouldBeNull();
        }
    }

    [Fact]
    public async Task TermChanges_AreAudited_WithTheirMemberAndElectionChanges()
    {
        await ArrangeAsync();
        (await Admin.PutTermAsync(_cluster.Id, 2024, [_units[0].Id, _units[1].Id], _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();

        var page = await ReadAsync<System.Text.Json.JsonElement>(await Admin.GetAsync($"/api/v1/audit?resourceId={_cluster.Id}&limit=1", Ct));

        var entry = page.GetProperty("items")[0];
        entry.GetProperty("operation").GetString().ShouldBe("DefineClusterTermCommand");
        var children = entry.GetProperty("changes").GetProperty("children").EnumerateArray().ToList();
        children.Count(c => c.GetProperty("entity").GetString() == "ClusterMember" && c.GetProperty("action").GetString() == "added").ShouldBe(2);
        children.ShouldContain(c => c.GetProperty("entity").GetString() == "ClusterElection" && c.GetProperty("action").GetString() == "added");
        entry.GetProperty("state").GetProperty("terms")[0].GetProperty("members").GetArrayLength().ShouldBe(2);
        entry.GetProperty("state").TryGetProperty("version", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task UnitHistory_Returns404_ForUnknownUnit()
    {
        var response = await Admin.GetAsync($"/api/v1/units/{Guid.NewGuid()}/clusters", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
    }

    [Fact]
    public async Task TermChanges_Return403_ForUnitOfficers_AndCouncilsOfOtherAuthorities()
    {
        await ArrangeAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");

        var officer = await ClientFor(Roles.UnitOfficer, _units[0].Id).PutTermAsync(_cluster.Id, 2023, [_units[0].Id]);
        var foreignCouncil = await ClientFor(Roles.Council, elsewhere.Id).PutTermAsync(_cluster.Id, 2023, [_units[0].Id]);
        var ownCouncil = await ClientFor(Roles.Council, _authority.Id).PutTermAsync(_cluster.Id, 2023, [_units[0].Id]);

        await ShouldBeProblemAsync(officer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(foreignCouncil, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        ownCouncil.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Get_Returns304_WhenTermUnchanged()
    {
        await ArrangeAsync();
        var put = await Admin.PutTermAsync(_cluster.Id, 2023, [_units[0].Id]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clusters/{_cluster.Id}/terms/2023");
        request.Headers.IfNoneMatch.Add(put.Headers.ETag!);

        var response = await Admin.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }
}
