using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.FunctionalTests.Covenants;

public sealed class CovenantScoringTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _authority = null!;
    private UnitDetailsDto[] _units = [];
    private Guid _clusterId;
    private Guid _covenantId;

    private async Task ArrangeAsync(int members = 3, bool openScoring = true, Guid? signedCovenant = null)
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero);
        _authority = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        _clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số 2", _authority.Id)).Id;
        _units = new UnitDetailsDto[members];
        for (var i = 0; i < members; i++)
        {
            _units[i] = await Admin.CreateUnitAsync($"BV-{i:D2}", $"Bệnh viện {i:D2}", _authority.Id);
        }

        (await Admin.PutTermAsync(_clusterId, 2023, _units.Select(u => u.Id), _units[0].Id, _units[1].Id)).EnsureSuccessStatusCode();
        var draft = await Admin.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId = _clusterId,
            year = 2023,
            title = "Giao ước thi đua năm 2023",
            scaleMax = 100,
            signingDeadline = "2023-03-31",
            contents = new[] { new { number = 1, title = "Chuyên môn" }, new { number = 2, title = "Kỷ luật" } },
            criteria = new object[]
            {
                new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 60m, isGate = false },
                new { code = "2.1", contentNumber = 2, description = "Không có vi phạm nghiêm trọng", maxPoints = 40m, isGate = true },
            },
            bonusRules = new[] { new { code = "B1", description = "Sáng kiến", cap = 5m } },
            penaltyRules = new[] { new { code = "P1", description = "Báo cáo chậm", cap = 10m } },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created);
        _covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;
        (await Admin.PostAsync($"/api/v1/covenants/{_covenantId}/open-for-signing", null, Ct)).EnsureSuccessStatusCode();
        foreach (var unit in _units)
        {
            var document = signedCovenant is { } id ? new { documentId = id } : null;
            (await Admin.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/signatures", new { unitId = unit.Id, document }, Json, Ct)).EnsureSuccessStatusCode();
        }

        Factory.Clock.Now = new DateTimeOffset(2023, 12, 10, 1, 0, 0, TimeSpan.Zero);
        if (openScoring)
        {
            (await Admin.PostAsync($"/api/v1/covenants/{_covenantId}/open-for-scoring", null, Ct)).EnsureSuccessStatusCode();
        }
    }

    private static object Scores(decimal c11, decimal c21, decimal bonus = 0, decimal penalty = 0, string? note = null, string? reason = null, Guid? peer = null, object? staff = null) => new
    {
        peerUnitId = peer,
        criteria = new[] { new { code = "1.1", points = c11 }, new { code = "2.1", points = c21 } },
        bonuses = new[] { new { code = "B1", points = bonus } },
        penalties = new[] { new { code = "P1", points = penalty } },
        note,
        reason,
        staff,
    };

    private Task<HttpResponseMessage> ScoreAsync(Guid assessed, string assessor, object body, HttpClient? client = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/covenants/{_covenantId}/assessments/{assessed}?assessor={assessor}")
        {
            Content = JsonContent.Create(body, options: Json),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return (client ?? Admin).SendAsync(request, Ct);
    }

    private async Task<CovenantRankingDto> RankingAsync() =>
        await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/ranking", Ct));

    [Fact]
    public async Task SelfAssessment_IsKeptWithEveryChange_AndRevisionsNeedAReason()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _units[2].Id);

        var first = await ScoreAsync(_units[2].Id, "self", Scores(50, 40), officer);
        var noReason = await ScoreAsync(_units[2].Id, "self", Scores(55, 40), officer);
        var revised = await ScoreAsync(_units[2].Id, "self", Scores(55, 40, bonus: 2, reason: "Bổ sung minh chứng"), officer);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, AssessmentErrors.ChangeReasonRequired.Code);
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        var self = (await ReadAsync<UnitAssessmentsDto>(revised)).Assessments.ShouldHaveSingleItem();
        self.Criteria["1.1"].ShouldBe(55m);
        var changes = self.Changes.Where(c => c.Reason == "Bổ sung minh chứng").ToList();
        changes.Select(c => c.Item).ShouldBe(["bonus:B1", "criterion:1.1"]);
        changes.Single(c => c.Item == "criterion:1.1").OldValue.ShouldBe(50m);
        changes.Single(c => c.Item == "criterion:1.1").NewValue.ShouldBe(55m);
        changes.ShouldAllBe(c => c.ChangedBy == "test-unit-officer");
        self.Changes.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Scores_Return422NamingTheItem_WhenOutOfRange()
    {
        await ArrangeAsync();

        var overMax = await ScoreAsync(_units[0].Id, "self", Scores(61, 40));
        var negative = await ScoreAsync(_units[0].Id, "self", Scores(10, -1));
        var overCap = await ScoreAsync(_units[0].Id, "self", Scores(10, 40, bonus: 6));
        var unknown = await ScoreAsync(_units[0].Id, "self", new { criteria = new[] { new { code = "9.9", points = 1m } } });

        (await ShouldBeProblemAsync(overMax, HttpStatusCode.UnprocessableEntity, AssessmentErrors.ScoreOutOfRange.Code)).GetProperty("detail").GetString()!.ShouldContain("1.1");
        (await ShouldBeProblemAsync(negative, HttpStatusCode.UnprocessableEntity, AssessmentErrors.ScoreOutOfRange.Code)).GetProperty("detail").GetString()!.ShouldContain("2.1");
        (await ShouldBeProblemAsync(overCap, HttpStatusCode.UnprocessableEntity, AssessmentErrors.AdjustmentOverCap.Code)).GetProperty("detail").GetString()!.ShouldContain("B1");
        await ShouldBeProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, AssessmentErrors.UnknownCriterion.Code);
    }

    [Fact]
    public async Task PeerScoring_Returns422_WhenAUnitScoresItself()
    {
        await ArrangeAsync();

        var response = await ScoreAsync(_units[1].Id, "peer", Scores(50, 40, peer: _units[1].Id), ClientFor(Roles.UnitOfficer, _units[1].Id));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, AssessmentErrors.PeerScoresItself.Code);
    }

    [Fact]
    public async Task Scoring_Returns403_WhenAUnitOfficerActsForAnotherUnit()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _units[2].Id);

        var selfOfOther = await ScoreAsync(_units[1].Id, "self", Scores(50, 40), officer);
        var peerAsOther = await ScoreAsync(_units[1].Id, "peer", Scores(50, 40, peer: _units[0].Id), officer);
        var verifyNotHead = await ScoreAsync(_units[1].Id, "verified", Scores(50, 40), officer);

        await ShouldBeProblemAsync(selfOfOther, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(peerAsOther, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(verifyNotHead, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task Verification_ByTheHeadUnit_NeedsANoteWhenItDiffersFromSelf()
    {
        await ArrangeAsync();
        (await ScoreAsync(_units[2].Id, "self", Scores(58, 40))).EnsureSuccessStatusCode();
        var head = ClientFor(Roles.UnitOfficer, _units[0].Id);

        var withoutNote = await ScoreAsync(_units[2].Id, "verified", Scores(50, 40), head);
        var withNote = await ScoreAsync(_units[2].Id, "verified", Scores(50, 40, note: "Thiếu minh chứng chỉ tiêu 1.1"), head);
        var same = await ScoreAsync(_units[1].Id, "verified", Scores(30, 40), ClientFor(Roles.Council, _authority.Id));

        await ShouldBeProblemAsync(withoutNote, HttpStatusCode.UnprocessableEntity, AssessmentErrors.VerificationNoteRequired.Code);
        withNote.StatusCode.ShouldBe(HttpStatusCode.Created);
        same.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Scores_Return409_BeforeScoringOpens()
    {
        await ArrangeAsync(openScoring: false);

        var response = await ScoreAsync(_units[0].Id, "self", Scores(50, 40));

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, CovenantErrors.NotScoring.Code);
    }

    [Fact]
    public async Task Ranking_UsesVerifiedThenPeerMeanThenSelf_AndRanksGateFailuresLast()
    {
        await ArrangeAsync(members: 4);
        // BV-00: self only 50+40 = 90.
        await ScoreAsync(_units[0].Id, "self", Scores(50, 40));
        // BV-01: self 60+40, peers 40 and 50 on 1.1 -> mean 45; 45+40 = 85.
        await ScoreAsync(_units[1].Id, "self", Scores(60, 40));
        await ScoreAsync(_units[1].Id, "peer", Scores(40, 40, peer: _units[0].Id));
        await ScoreAsync(_units[1].Id, "peer", Scores(50, 40, peer: _units[2].Id));
        // BV-02: self 60+40 but verified 55+40 with a penalty of 5 -> 90; ties BV-00 on total, loses on penalties.
        await ScoreAsync(_units[2].Id, "self", Scores(60, 40));
        await ScoreAsync(_units[2].Id, "verified", Scores(55, 40, penalty: 5, note: "Báo cáo chậm 2 lần"));
        // BV-03: highest total but fails the gate 2.1 (30 < 40): 60+30+5 = 95.
        await ScoreAsync(_units[3].Id, "self", Scores(60, 30, bonus: 5));

        var ranking = await RankingAsync();

        ranking.Units.Select(u => (u.Unit.Code, u.Rank, u.Total, u.OrderedBy)).ShouldBe(
        [
            ("BV-00", 1, 90m, RankingBasis.First),
            ("BV-02", 2, 90m, RankingBasis.FewerPenaltyPoints),
            ("BV-01", 3, 85m, RankingBasis.Total),
            ("BV-03", 4, 95m, RankingBasis.Gates),
        ]);
        ranking.Units.Single(u => u.Unit.Code == "BV-01").CriterionScores["1.1"].ShouldBe(45m);
        ranking.Units.Single(u => u.Unit.Code == "BV-03").FailedGates.ShouldBe(["2.1"]);
        ranking.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("BV-00");
    }

    [Fact]
    public async Task Ranking_SharesRanksOnFullTies_AndUsesDeclaredWomenShare()
    {
        await ArrangeAsync(members: 4);
        await ScoreAsync(_units[0].Id, "self", Scores(50, 40));
        await ScoreAsync(_units[1].Id, "self", Scores(50, 40));
        await ScoreAsync(_units[2].Id, "self", Scores(50, 40, staff: new { total = 100, women = 70 }));
        await ScoreAsync(_units[3].Id, "self", Scores(50, 40, staff: new { total = 100, women = 60 }));

        var ranking = await RankingAsync();

        ranking.Units.Select(u => (u.Unit.Code, u.Rank, u.OrderedBy)).ShouldBe(
        [
            ("BV-02", 1, RankingBasis.First),
            ("BV-03", 2, RankingBasis.HigherWomenShare),
            ("BV-00", 3, RankingBasis.HigherWomenShare),
            ("BV-01", 3, RankingBasis.Tie),
        ]);
        ranking.Units[0].WomenShare.ShouldBe(0.7m);
    }

    [Fact]
    public async Task Ranking_IsCacheable_With304()
    {
        await ArrangeAsync();
        await ScoreAsync(_units[0].Id, "self", Scores(50, 40));
        var first = await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/ranking", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/covenants/{_covenantId}/ranking");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await Admin.SendAsync(request, Ct);
        await ScoreAsync(_units[1].Id, "self", Scores(40, 40));
        using var third = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/covenants/{_covenantId}/ranking");
        third.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await Admin.SendAsync(third, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finalize_RecordsTheLeader_AndScoresBecomeReadOnly()
    {
        await ArrangeAsync();
        await ScoreAsync(_units[0].Id, "self", Scores(40, 40));
        await ScoreAsync(_units[1].Id, "self", Scores(55, 40));

        var finalized = await Admin.PostAsync($"/api/v1/covenants/{_covenantId}/finalize", null, Ct);
        var edit = await ScoreAsync(_units[1].Id, "self", Scores(60, 40, reason: "Muộn"));
        var again = await Admin.PostAsync($"/api/v1/covenants/{_covenantId}/finalize", null, Ct);

        (await ReadAsync<CovenantDetailsDto>(finalized)).Status.ShouldBe(CovenantStatus.Finalized);
        await ShouldBeProblemAsync(edit, HttpStatusCode.Conflict, AssessmentErrors.Finalized.Code);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, CovenantErrors.NotScoring.Code);
        var ranking = await RankingAsync();
        ranking.Status.ShouldBe(CovenantStatus.Finalized);
        ranking.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("BV-01");
    }

    [Fact]
    public async Task TheSignedCovenantAndTheScoreboardDecision_AreStoredDocuments_NamedByTheCovenantsEvents()
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var signed = await Admin.UploadAsync(TestDocuments.Metadata(
            Domain.Documents.DocumentType.Other, "2023-03-10", "01", "GƯ-CTĐ2", "Cụm thi đua số 2 ngành y tế Hà Nội", subject: "Giao ước thi đua năm 2023"));
        await ArrangeAsync(members: 2, signedCovenant: signed.Id);
        await ScoreAsync(_units[0].Id, "self", Scores(40, 40));
        var scoreboard = await Admin.UploadAsync(TestDocuments.Metadata(
            Domain.Documents.DocumentType.Minutes, "2023-12-10", "05", "BB-CTĐ2", "Cụm thi đua số 2 ngành y tế Hà Nội", subject: "Tổng kết công tác thi đua năm 2023"));

        var citedOnly = await Admin.PostAsJsonAsync(
            $"/api/v1/covenants/{_covenantId}/finalize", new { scoreboardDecision = new { number = "05/BB-CTĐ2", date = "2023-12-10" } }, Json, Ct);
        var finalized = await Admin.PostAsJsonAsync($"/api/v1/covenants/{_covenantId}/finalize", new { scoreboardDecision = new { documentId = scoreboard.Id } }, Json, Ct);

        await ShouldBeProblemAsync(citedOnly, HttpStatusCode.UnprocessableEntity, Domain.Documents.DocumentErrors.NotStored.Code);
        finalized.StatusCode.ShouldBe(HttpStatusCode.OK, await finalized.Content.ReadAsStringAsync(Ct));
        var covenant = await ReadAsync<CovenantDetailsDto>(finalized);
        (covenant.ScoreboardDecision!.DocumentId, covenant.ScoreboardDecision.Number).ShouldBe(((Guid?)scoreboard.Id, "05/BB-CTĐ2"));
        covenant.Signatures.Select(s => s.Document!.DocumentId).ShouldBe([signed.Id, signed.Id]);
        var feed = System.Text.Json.JsonDocument.Parse(await (await Admin.GetAsync("/api/v1/events", Ct)).Content.ReadAsStringAsync(Ct)).RootElement;
        string[] Roles(string type) => feed.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("type").GetString() == type)
            .GetProperty("data").GetProperty("documents").EnumerateArray().Select(d => $"{d.GetProperty("role").GetString()}:{d.GetProperty("documentId").GetGuid()}").ToArray();
        Roles(Application.Events.IntegrationEventTypes.CovenantInForce).ShouldBe([$"signed-covenant:{signed.Id}"]);
        Roles(Application.Events.IntegrationEventTypes.CovenantFinalized).ShouldBe([$"signed-covenant:{signed.Id}", $"scoreboard-decision:{scoreboard.Id}"]);
    }

    [Fact]
    public async Task ConcurrentRevisions_LoseNoUpdate()
    {
        await ArrangeAsync();
        (await ScoreAsync(_units[0].Id, "self", Scores(40, 40))).EnsureSuccessStatusCode();
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            ScoreAsync(_units[0].Id, "self", Scores(45, 40, reason: "Lần A")),
            ScoreAsync(_units[0].Id, "self", Scores(50, 40, reason: "Lần B")));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        var self = (await ReadAsync<UnitAssessmentsDto>(await Admin.GetAsync($"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}", Ct)))
            .Assessments.ShouldHaveSingleItem();
        var change = self.Changes.Where(c => c.Reason != null).ShouldHaveSingleItem();
        self.Criteria["1.1"].ShouldBe(change.NewValue!.Value);
    }

    [Fact]
    public async Task Revision_Returns412_WhenIfMatchIsStale()
    {
        await ArrangeAsync();
        var first = await ReadAsync<UnitAssessmentsDto>(await ScoreAsync(_units[0].Id, "self", Scores(40, 40)));
        var version = first.Assessments[0].Version;
        (await ScoreAsync(_units[0].Id, "self", Scores(42, 40, reason: "Sửa"))).EnsureSuccessStatusCode();

        var stale = await ScoreAsync(_units[0].Id, "self", Scores(44, 40, reason: "Sửa nữa"), ifMatch: $"\"{version}\"");

        await ShouldBeProblemAsync(stale, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task HeadUnit_CannotVerifyItsOwnScores()
    {
        await ArrangeAsync();

        var response = await ScoreAsync(_units[0].Id, "verified", Scores(60, 40), ClientFor(Roles.UnitOfficer, _units[0].Id));

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task Scores_Return400_WhenPointsAreMissing()
    {
        await ArrangeAsync();

        var response = await ScoreAsync(_units[0].Id, "self", new { criteria = new[] { new { code = "1.1" } } });

        await ShouldBeValidationProblemAsync(response, "criteria[0].points");
    }

    [Fact]
    public async Task Finalize_Returns422_WhenASelfRevisionLeftAVerificationUnexplained()
    {
        await ArrangeAsync();
        await ScoreAsync(_units[2].Id, "self", Scores(50, 40));
        (await ScoreAsync(_units[2].Id, "verified", Scores(50, 40))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ScoreAsync(_units[2].Id, "self", Scores(60, 40, reason: "Bổ sung"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await Admin.PostAsync($"/api/v1/covenants/{_covenantId}/finalize", null, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, AssessmentErrors.VerificationNoteRequired.Code);
    }

    [Fact]
    public async Task StaffDeclarations_AreKeptInTheHistory()
    {
        await ArrangeAsync();
        await ScoreAsync(_units[0].Id, "self", Scores(50, 40, staff: new { total = 100, women = 60 }));

        var noReason = await ScoreAsync(_units[0].Id, "self", Scores(50, 40, staff: new { total = 100, women = 65 }));
        var revised = await ScoreAsync(_units[0].Id, "self", Scores(50, 40, staff: new { total = 100, women = 65 }, reason: "Cập nhật nhân sự"));

        await ShouldBeProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, AssessmentErrors.ChangeReasonRequired.Code);
        var change = (await ReadAsync<UnitAssessmentsDto>(revised)).Assessments[0].Changes.Single(c => c.Reason == "Cập nhật nhân sự");
        (change.Item, change.OldValue, change.NewValue).ShouldBe(("staff:women", 60m, 65m));
    }

    [Fact]
    public async Task Scoring_Returns400_WithoutAssessorKind()
    {
        await ArrangeAsync();

        var response = await Admin.PutAsJsonAsync($"/api/v1/covenants/{_covenantId}/assessments/{_units[0].Id}", Scores(40, 40), Json, Ct);

        await ShouldBeValidationProblemAsync(response, "assessor");
    }
}
