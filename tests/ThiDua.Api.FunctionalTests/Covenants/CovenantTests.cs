using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Api.FunctionalTests.Covenants;

public sealed class CovenantTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private UnitDetailsDto _authority = null!;
    private Guid _clusterId;
    private UnitDetailsDto[] _members = [];

    private static object Content(string title = "Giao ước thi đua năm 2023", decimal scaleMax = 100, string deadline = "2023-03-31", object[]? criteria = null) => new
    {
        title,
        scaleMax,
        signingDeadline = deadline,
        contents = new[]
        {
            new { number = 1, title = "Hoàn thành các chỉ tiêu chuyên môn" },
            new { number = 2, title = "Thực hiện văn hóa công sở" },
        },
        criteria = criteria ?? new object[]
        {
            new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 60m, isGate = false },
            new { code = "2.1", contentNumber = 2, description = "Không có vi phạm nghiêm trọng", maxPoints = 40m, isGate = true },
        },
        bonusRules = new[] { new { code = "B1", description = "Sáng kiến được công nhận", cap = 5m } },
        penaltyRules = new[] { new { code = "P1", description = "Báo cáo chậm", cap = 10m } },
    };

    private async Task ArrangeAsync(int members = 3)
    {
        Factory.Clock.Now = March2023;
        _authority = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        _clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số I", _authority.Id)).Id;
        _members = new UnitDetailsDto[members];
        for (var i = 0; i < members; i++)
        {
            _members[i] = await Admin.CreateUnitAsync($"BV-{i}", $"Bệnh viện {i}", _authority.Id);
        }

        (await Admin.PutTermAsync(_clusterId, 2023, _members.Select(m => m.Id))).EnsureSuccessStatusCode();
    }

    private async Task<CovenantDetailsDto> DraftAsync(object? content = null)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(content ?? Content(), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<CovenantDetailsDto>(response);
    }

    private Task<HttpResponseMessage> TransitionAsync(Guid id, string action, HttpClient? client = null) =>
        (client ?? Admin).PostAsync($"/api/v1/covenants/{id}/{action}", null, Ct);

    private Task<HttpResponseMessage> SignAsync(Guid id, Guid unitId, HttpClient? client = null) =>
        (client ?? ClientFor(Roles.UnitOfficer, unitId)).PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId, signatoryName = "Giám đốc" }, Json, Ct);

    private async Task<CovenantDetailsDto> OpenAsync()
    {
        var covenant = await DraftAsync();
        (await TransitionAsync(covenant.Id, "open-for-signing")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return covenant;
    }

    [Fact]
    public async Task Draft_Returns201WithContent_AndListFindsIt()
    {
        await ArrangeAsync();

        var covenant = await DraftAsync();

        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.ClusterName.ShouldBe("Cụm thi đua số I");
        covenant.Criteria.Select(c => c.Code).ShouldBe(["1.1", "2.1"]);
        covenant.Criteria[1].IsGate.ShouldBeTrue();
        covenant.PenaltyRules.ShouldHaveSingleItem().Cap.ShouldBe(10m);
        var list = await ReadAsync<Page<CovenantSummaryDto>>(await Admin.GetAsync($"/api/v1/covenants?clusterId={_clusterId}&year=2023&status=draft&q=giao%20uoc", Ct));
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(covenant.Id);
    }

    [Fact]
    public async Task Draft_Returns409_ForASecondCovenantOfTheSameYear()
    {
        await ArrangeAsync();
        await DraftAsync();

        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, CovenantErrors.AlreadyExists.Code);
    }

    [Fact]
    public async Task Draft_Returns422_WhenTheClusterHasNoTermThatYear()
    {
        await ArrangeAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(deadline: "2024-03-31"), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2024;

        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CovenantErrors.NoTermForYear.Code);
    }

    [Fact]
    public async Task Draft_Returns400NamingTheCriterion_ForInvalidCriteria()
    {
        await ArrangeAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(criteria:
        [
            new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu", maxPoints = 60m, isGate = false },
            new { code = "2.1", contentNumber = 2, description = "Vi phạm", maxPoints = -5m, isGate = true },
        ]), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2023;

        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        var problem = await ShouldBeValidationProblemAsync(response, "criteria[1].maxPoints");
        problem.GetProperty("errors").GetProperty("criteria[1].maxPoints")[0].GetString()!.ShouldContain("2.1");
    }

    [Fact]
    public async Task OpenForSigning_Returns422NamingCriteria_WhenPointsDoNotAddUpToTheScale()
    {
        await ArrangeAsync();
        var covenant = await DraftAsync(Content(criteria:
        [
            new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu", maxPoints = 60m, isGate = false },
            new { code = "2.1", contentNumber = 2, description = "Vi phạm", maxPoints = 30m, isGate = true },
        ]));

        var response = await TransitionAsync(covenant.Id, "open-for-signing");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CovenantErrors.CriteriaTotalMismatch.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("2.1 30");
    }

    [Fact]
    public async Task OpenForSigning_AcceptsWeightedCriteria_AddingUpToAThousandPointScale()
    {
        await ArrangeAsync();
        var covenant = await DraftAsync(Content(scaleMax: 1000, criteria:
        [
            new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu", maxPoints = 60m, weight = 10m, isGate = false },
            new { code = "2.1", contentNumber = 2, description = "Vi phạm", maxPoints = 40m, weight = 10m, isGate = true },
        ]));

        var response = await TransitionAsync(covenant.Id, "open-for-signing");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<CovenantDetailsDto>(response)).Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public async Task Revise_ChangesTheDraft_ButReturns409OnceOpened()
    {
        await ArrangeAsync();
        var covenant = await DraftAsync();

        var revised = await Admin.PutAsJsonAsync($"/api/v1/covenants/{covenant.Id}", Content(title: "Giao ước sửa đổi"), Json, Ct);
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<CovenantDetailsDto>(revised)).Title.ShouldBe("Giao ước sửa đổi");
        (await TransitionAsync(covenant.Id, "open-for-signing")).EnsureSuccessStatusCode();

        var frozen = await Admin.PutAsJsonAsync($"/api/v1/covenants/{covenant.Id}", Content(title: "Quá muộn"), Json, Ct);
        var reopen = await TransitionAsync(covenant.Id, "open-for-signing");

        await ShouldBeProblemAsync(frozen, HttpStatusCode.Conflict, CovenantErrors.NotDraft.Code);
        await ShouldBeProblemAsync(reopen, HttpStatusCode.Conflict, CovenantErrors.NotDraft.Code);
    }

    [Fact]
    public async Task Signing_PutsTheCovenantInForce_WhenEveryMemberHasSigned()
    {
        await ArrangeAsync();
        var covenant = await OpenAsync();
        await ShouldBeProblemAsync(await TransitionAsync(covenant.Id, "open-for-scoring"), HttpStatusCode.Conflict, CovenantErrors.NotInForce.Code);

        for (var i = 0; i < _members.Length; i++)
        {
            var response = await SignAsync(covenant.Id, _members[i].Id);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            var after = await ReadAsync<CovenantDetailsDto>(response);
            after.Signatures.Count.ShouldBe(i + 1);
            after.Status.ShouldBe(i == _members.Length - 1 ? CovenantStatus.InForce : CovenantStatus.OpenForSigning);
            after.AwaitingSignature.Count.ShouldBe(i == _members.Length - 1 ? 0 : _members.Length - i - 1);
        }

        var scoring = await TransitionAsync(covenant.Id, "open-for-scoring");
        (await ReadAsync<CovenantDetailsDto>(scoring)).Status.ShouldBe(CovenantStatus.Scoring);
    }

    [Fact]
    public async Task OpenForScoring_Succeeds_WhenTheLastUnsignedMemberWasMergedAway()
    {
        await ArrangeAsync();
        var successor = await Admin.CreateUnitAsync("BV-NEW", parentId: _authority.Id);
        var covenant = await OpenAsync();
        (await SignAsync(covenant.Id, _members[0].Id)).EnsureSuccessStatusCode();
        (await SignAsync(covenant.Id, _members[1].Id)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"/api/v1/units/{_members[2].Id}/lineage-events",
            new { type = "merge", effectiveOn = "2023-03-15", successorId = successor.Id, legalBasis = TestData.LegalBasis(date: "2023-03-10") }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var scoring = await TransitionAsync(covenant.Id, "open-for-scoring");

        scoring.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<CovenantDetailsDto>(scoring)).Status.ShouldBe(CovenantStatus.Scoring);
    }

    [Fact]
    public async Task NewMembers_Return409_OnceTheCovenantIsOpenForSigning()
    {
        await ArrangeAsync();
        var late = await Admin.CreateUnitAsync("BV-LATE", parentId: _authority.Id);
        var covenant = await OpenAsync();

        var add = await Admin.PostAsJsonAsync($"/api/v1/clusters/{_clusterId}/terms/2023/members", new { unitId = late.Id }, Json, Ct);
        var put = await Admin.PutTermAsync(_clusterId, 2023, _members.Select(m => m.Id).Append(late.Id));

        await ShouldBeProblemAsync(add, HttpStatusCode.Conflict, ClusterErrors.CovenantAlreadyOpen.Code);
        await ShouldBeProblemAsync(put, HttpStatusCode.Conflict, ClusterErrors.CovenantAlreadyOpen.Code);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant.Id}", Ct))).AwaitingSignature.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("{\"title\":\"Giao ước \\uFFFF\"}")]
    public async Task Draft_Returns400_ForTextXmlCannotCarry(string json)
    {
        var response = await Admin.PostAsync("/api/v1/covenants", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Draft_Returns400_ForBonusCodesRepeatedInAnotherCase()
    {
        await ArrangeAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        body["bonusRules"] = System.Text.Json.JsonSerializer.SerializeToNode(new[]
        {
            new { code = "B1", description = "Sáng kiến", cap = 5m },
            new { code = "b1", description = "Sáng kiến (lặp)", cap = 5m },
        }, Json);

        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        await ShouldBeValidationProblemAsync(response, "bonusRules");
    }

    [Fact]
    public async Task Draft_KeepsConfiguredTieBreakers()
    {
        await ArrangeAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(), Json)!.AsObject();
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        body["tieBreakers"] = new System.Text.Json.Nodes.JsonArray("higherWomenShare");

        var response = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await ReadAsync<CovenantDetailsDto>(response)).Id;
        (await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{id}/ranking", Ct))).TieBreakers.ShouldBe([TieBreaker.HigherWomenShare]);
    }

    [Fact]
    public async Task Sign_Returns422_ForANonMember()
    {
        await ArrangeAsync();
        var outsider = await Admin.CreateUnitAsync("BV-X", parentId: _authority.Id);
        var covenant = await OpenAsync();

        var response = await SignAsync(covenant.Id, outsider.Id);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CovenantErrors.SignatoryNotMember.Code);
    }

    [Fact]
    public async Task Sign_Returns409_WhenTheUnitSignsTwice()
    {
        await ArrangeAsync();
        var covenant = await OpenAsync();
        (await SignAsync(covenant.Id, _members[0].Id)).EnsureSuccessStatusCode();

        var response = await SignAsync(covenant.Id, _members[0].Id);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, CovenantErrors.AlreadySigned.Code);
    }

    [Fact]
    public async Task Sign_Returns409ForTheLoser_WhenTheSameUnitSignsTwiceAtOnce()
    {
        await ArrangeAsync();
        var covenant = await OpenAsync();

        // Both signatures are in flight together, queued on the covenant's row lock; the second to get it sees the first.
        HttpResponseMessage[] responses;
        await using (var rowLock = await RowLock.AcquireAsync(Factory.ConnectionString, LockedTable.Covenants, covenant.Id, Ct))
        {
            var signing = new[] { SignAsync(covenant.Id, _members[0].Id), SignAsync(covenant.Id, _members[0].Id) };
            await rowLock.WaitForWaitersAsync(2, Ct);
            await rowLock.ReleaseAsync();
            responses = await Task.WhenAll(signing);
        }

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, CovenantErrors.AlreadySigned.Code);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant.Id}", Ct))).Signatures.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Sign_Returns403_WhenAUnitOfficerSignsForAnotherUnit()
    {
        await ArrangeAsync();
        var covenant = await OpenAsync();

        var response = await SignAsync(covenant.Id, _members[1].Id, ClientFor(Roles.UnitOfficer, _members[0].Id));

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task Sign_Returns422_AfterTheDeadline_AndAcceptsOnTheDeadline()
    {
        await ArrangeAsync();
        var covenant = await OpenAsync();

        // Deadlines are dates in Vietnam (UTC+7): 23:30 on 31 March in Hà Nội is in time, 00:30 on 1 April is late.
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 31, 23, 30, 0, TimeSpan.FromHours(7));
        (await SignAsync(covenant.Id, _members[0].Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 31, 17, 30, 0, TimeSpan.Zero);
        var late = await SignAsync(covenant.Id, _members[1].Id);

        await ShouldBeProblemAsync(late, HttpStatusCode.UnprocessableEntity, CovenantErrors.SigningDeadlinePassed.Code);
    }

    [Fact]
    public async Task Sign_Returns409_BeforeTheCovenantIsOpen()
    {
        await ArrangeAsync();
        var covenant = await DraftAsync();

        var response = await SignAsync(covenant.Id, _members[0].Id);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, CovenantErrors.NotOpenForSigning.Code);
    }

    [Fact]
    public async Task Management_Returns403_ForUnitOfficersAndOtherAuthorities()
    {
        await ArrangeAsync();
        var covenant = await DraftAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");

        var officer = await TransitionAsync(covenant.Id, "open-for-signing", ClientFor(Roles.UnitOfficer, _members[0].Id));
        var foreign = await TransitionAsync(covenant.Id, "open-for-signing", ClientFor(Roles.Council, elsewhere.Id));
        var own = await TransitionAsync(covenant.Id, "open-for-signing", ClientFor(Roles.Council, _authority.Id));

        await ShouldBeProblemAsync(officer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(foreign, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_Returns404_ForUnknownCovenant()
    {
        var response = await Admin.GetAsync($"/api/v1/covenants/{Guid.NewGuid()}", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Covenant.Code);
    }
}
