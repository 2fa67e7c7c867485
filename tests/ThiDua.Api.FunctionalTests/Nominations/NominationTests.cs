using Npgsql;
using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using CouncilVote = ThiDua.Application.Nominations.CouncilVote;

namespace ThiDua.Api.FunctionalTests.Nominations;

/// <summary>Nomination dossiers over HTTP: every transition and error code, votes against thresholds, decisions.</summary>
public sealed class NominationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private UnitDetailsDto _college = null!;
    private PersonDto _lan = null!;
    private PersonDto _minh = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private HttpClient Officer => ClientFor(Roles.UnitOfficer, _hospital.Id);

    private async Task<PersonDto> PersonAsync(string name, Guid unitId, string rating)
    {
        var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = name, gender = "female", unitId, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{person.Id}/ratings/2025", new { rating }, Json, Ct)).EnsureSuccessStatusCode();
        return person;
    }

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        _college = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", parentId: _sở.Id, kind: "college", province: "Hà Nam");
        _lan = await PersonAsync("Nguyễn Thị Lan", _hospital.Id, "excellent");
        _minh = await PersonAsync("Phạm Văn Minh", _hospital.Id, "completed");
    }

    private async Task<NominationDto> DraftAsync(HttpClient? client = null, Guid? unitId = null)
    {
        var response = await (client ?? Officer).PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = unitId ?? _hospital.Id, year = 2025, title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<NominationDto>(response);
    }

    private Task<HttpResponseMessage> ProposeAsync(Guid nominationId, Guid personId, string code = "CSTDCS", string? justification = null, HttpClient? client = null) =>
        (client ?? Officer).PostAsJsonAsync($"/api/v1/nominations/{nominationId}/lines", new
        {
            personId, awardTypeCode = code, achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" }, justification,
        }, Json, Ct);

    /// <summary>Posts an action; a submit without a body carries a submission (tờ trình) that <paramref name="client"/> stores first.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid nominationId, string action, object? body = null) =>
        await client.PostAsJsonAsync(
            $"/api/v1/nominations/{nominationId}/{action}", body ?? (action == "submit" ? await client.SubmissionBodyAsync() : new { }), Json, Ct);

    private Task<HttpResponseMessage> VoteAsync(Guid nominationId, Guid lineId, int members, int present, int yes) =>
        Council.PutAsJsonAsync($"/api/v1/nominations/{nominationId}/lines/{lineId}/vote", new { members, present, yes }, Json, Ct);

    private Task<object> DecisionAsync(string number = "45/QĐ-SYT", string date = "2025-12-01") => Admin.DecisionBodyAsync(number, date);

    private async Task<(NominationDto Nomination, Guid LineId)> InCouncilAsync(PersonDto? person = null)
    {
        var nomination = await DraftAsync();
        var line = (await ReadAsync<NominationDto>(await ProposeAsync(nomination.Id, (person ?? _lan).Id))).Lines.Single().Id;
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        (await PostAsync(Council, nomination.Id, "council-review")).EnsureSuccessStatusCode();
        return (nomination, line);
    }

    [Fact]
    public async Task Dossier_IsSubmittedVotedAndDecided_AndTheAwardEntersTheHistory()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();

        var submitted = await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct));
        submitted.RuleSet.ShouldBe("LAW22-ND152");
        submitted.Lines.Single().Eligibility!.IsEligible.ShouldBe(true);

        var voted = await ReadAsync<NominationDto>(await VoteAsync(nomination.Id, lineId, 15, 13, 12));
        voted.Lines.Single().Vote!.Passed.ShouldBeTrue();
        var decided = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()));

        decided.Status.ShouldBe(NominationStatus.Decided);
        decided.Decision!.Document.Number.ShouldBe("45/QĐ-SYT");
        var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        (award.Id, award.AwardType.Code, award.Year, award.BonusVnd, award.RecipientNameAtDecision, award.UnitNameAtDecision)
            .ShouldBe((decided.Lines.Single().AwardId!.Value, "CSTDCS", 2025, 2_340_000L, "Nguyễn Thị Lan", "Bệnh viện Đa khoa tỉnh Hà Nam"));
    }

    [Fact]
    public async Task Submit_Returns422_ForALineFailingAJudgementWithoutJustification_AndKeepsTheFailuresOnceJustified()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/disciplines", new
        {
            kind = "reprimand", from = "2025-01-06", to = "2025-02-28", reason = "Vi phạm quy chế chuyên môn", legalBasis = new { number = "3/QĐ-BV", date = "2025-01-06" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        var nomination = await DraftAsync();
        var line = (await ReadAsync<NominationDto>(await ProposeAsync(nomination.Id, _lan.Id, "LDTT"))).Lines.Single();

        var refused = await PostAsync(Officer, nomination.Id, "submit");
        var problem = await ShouldBeProblemAsync(refused, HttpStatusCode.UnprocessableEntity, NominationErrors.FailingLineUnjustified.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("Nguyễn Thị Lan (LDTT): discipline.none_in_year — Disciplined (Reprimand 2025-01-06–2025-02-28)");

        (await Officer.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{line.Id}/justification", new
        {
            justification = "Chấp hành xong kỷ luật ngày 28/02/2025; thành tích từ 01/3/2025 được tính (Nghị định 152/2025/NĐ-CP, Điều 4.4)",
        }, Json, Ct)).EnsureSuccessStatusCode();
        var submitted = await ReadAsync<NominationDto>(await PostAsync(Officer, nomination.Id, "submit"));

        submitted.Status.ShouldBe(NominationStatus.Submitted);
        var eligibility = submitted.Lines.Single().Eligibility!;
        eligibility.IsEligible.ShouldBe(false);
        var failure = eligibility.Failures.ShouldHaveSingleItem();
        (failure.Rule, failure.Kind).ShouldBe(("discipline.none_in_year", RuleKind.Judgement));
    }

    [Fact]
    public async Task Submit_Returns422_ForALineFailingALegalPrecondition_WhateverTheJustification()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _minh.Id, "CSTDCS", justification: "Hội đồng đánh giá cao tinh thần trách nhiệm")).EnsureSuccessStatusCode();

        var refused = await PostAsync(Officer, nomination.Id, "submit");

        var problem = await ShouldBeProblemAsync(refused, HttpStatusCode.UnprocessableEntity, NominationErrors.PreconditionNotMet.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain(
            "Phạm Văn Minh (CSTDCS): ldtt.rating_good — Rating 2025: completed; at least 'good' (hoàn thành tốt nhiệm vụ) is needed.");
        (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Status.ShouldBe(NominationStatus.Draft);
        var evaluated = await ReadAsync<EligibilityResult>(await Officer.GetAsync($"/api/v1/people/{_minh.Id}/eligibility?awardType=CSTDCS&year=2025", Ct));
        evaluated.Rules.Single(r => r.Rule == "ldtt.rating_good").Kind.ShouldBe(RuleKind.Precondition);
    }

    [Fact]
    public async Task AVoteBelowTheThreshold_IsNotAwarded()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();

        var below = await ReadAsync<NominationDto>(await VoteAsync(nomination.Id, lineId, 15, 15, 11));
        below.Lines.Single().Vote!.Passed.ShouldBeFalse();
        await ShouldBeProblemAsync(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()), HttpStatusCode.UnprocessableEntity, NominationErrors.NothingPassed.Code);
        await ShouldBeProblemAsync(await VoteAsync(nomination.Id, lineId, 15, 9, 9), HttpStatusCode.UnprocessableEntity, NominationErrors.NoQuorum.Code);
        await ShouldBeProblemAsync(await VoteAsync(nomination.Id, lineId, 15, 10, 11), HttpStatusCode.UnprocessableEntity, NominationErrors.VoteInvalid.Code);

        var declined = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "not-awarded", new { reason = "Không đạt tỷ lệ phiếu 80%" }));
        declined.Status.ShouldBe(NominationStatus.NotAwarded);
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Decide_Returns409_ForADecisionNumberTheIssuerAlreadyUsedThisYear()
    {
        await ArrangeAsync();
        var (first, firstLine) = await InCouncilAsync();
        var (second, secondLine) = await InCouncilAsync(await PersonAsync("Lê Thị Hoa", _hospital.Id, "excellent"));
        (await VoteAsync(first.Id, firstLine, 15, 15, 15)).EnsureSuccessStatusCode();
        (await VoteAsync(second.Id, secondLine, 15, 15, 15)).EnsureSuccessStatusCode();
        (await PostAsync(Council, first.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();

        var duplicate = await PostAsync(Council, second.Id, "decide", await DecisionAsync());
        var badFormat = await PostAsync(Council, second.Id, "decide", await DecisionAsync(number: "46/SYT"));

        await ShouldBeProblemAsync(duplicate, HttpStatusCode.Conflict, NominationErrors.DecisionNumberTaken.Code);
        await ShouldBeValidationProblemAsync(badFormat, "decision.number");
        (await PostAsync(Council, second.Id, "decide", await DecisionAsync(number: "46/QĐ-SYT"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ADecisionNumber_IsUniquePerIssuerAndYear_NotAcrossIssuersOrYears()
    {
        await ArrangeAsync();
        var lines = new List<(NominationDto Nomination, Guid Line)>();
        foreach (var name in new[] { "Lê Thị Hoa", "Đặng Văn Nam", "Hoàng Thị Yến" })
        {
            var line = await InCouncilAsync(await PersonAsync(name, _hospital.Id, "excellent"));
            (await VoteAsync(line.Nomination.Id, line.LineId, 15, 15, 15)).EnsureSuccessStatusCode();
            lines.Add(line);
        }

        (await PostAsync(Council, lines[0].Nomination.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();
        var otherIssuer = await PostAsync(
            Council, lines[1].Nomination.Id, "decide", await Admin.DecisionBodyAsync("45/QĐ-SYT", "2025-12-01", "Sở Y tế tỉnh Ninh Bình", "Lê Văn Hùng"));
        Factory.Clock.Now = new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(7));
        var nextYear = await PostAsync(Council, lines[2].Nomination.Id, "decide", await DecisionAsync(date: "2026-01-12"));

        otherIssuer.StatusCode.ShouldBe(HttpStatusCode.OK);
        nextYear.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ADossierWithOneLineBelowItsThreshold_AwardsOnlyTheLineThatPassed()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();
        var hoa = await PersonAsync("Lê Thị Hoa", _hospital.Id, "excellent");
        (await ProposeAsync(nomination.Id, hoa.Id)).EnsureSuccessStatusCode();
        var submitted = await ReadAsync<NominationDto>(await PostAsync(Officer, nomination.Id, "submit"));
        (await PostAsync(Council, nomination.Id, "council-review")).EnsureSuccessStatusCode();
        var lanLine = submitted.Lines.Single(l => l.PersonId == _lan.Id).Id;
        var hoaLine = submitted.Lines.Single(l => l.PersonId == hoa.Id).Id;
        (await VoteAsync(nomination.Id, lanLine, 15, 15, 12)).EnsureSuccessStatusCode(); // 80 %
        (await VoteAsync(nomination.Id, hoaLine, 15, 15, 11)).EnsureSuccessStatusCode(); // 73 %

        var decided = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()));

        decided.Lines.Single(l => l.Id == lanLine).AwardId.ShouldNotBeNull();
        decided.Lines.Single(l => l.Id == hoaLine).AwardId.ShouldBeNull();
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{hoa.Id}/awards", Ct))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task ASubmittedOrReturnedDossier_CanBeWithdrawn_AndStaleOrUnknownDossiersAreRefused()
    {
        await ArrangeAsync();
        var submitted = await DraftAsync();
        (await ProposeAsync(submitted.Id, _lan.Id)).EnsureSuccessStatusCode();
        var version = (await ReadAsync<NominationDto>(await PostAsync(Officer, submitted.Id, "submit"))).Version;
        var returned = await DraftAsync();
        (await ProposeAsync(returned.Id, _lan.Id, "LDTT")).EnsureSuccessStatusCode();
        (await PostAsync(Officer, returned.Id, "submit")).EnsureSuccessStatusCode();
        (await PostAsync(Council, returned.Id, "return", new { reason = "Thiếu biên bản họp" })).EnsureSuccessStatusCode();

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/nominations/{submitted.Id}/withdraw") { Content = JsonContent.Create(new { }, options: Json) };
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{version - 1}\"");
        await ShouldBeProblemAsync(await Officer.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        (await ReadAsync<NominationDto>(await PostAsync(Officer, submitted.Id, "withdraw"))).Status.ShouldBe(NominationStatus.Withdrawn);
        (await ReadAsync<NominationDto>(await PostAsync(Officer, returned.Id, "withdraw"))).Status.ShouldBe(NominationStatus.Withdrawn);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/nominations/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Nomination.Code);
        await ShouldBeProblemAsync(await PostAsync(Council, Guid.NewGuid(), "council-review"), HttpStatusCode.NotFound, NotFoundErrors.Nomination.Code);
    }

    [Fact]
    public async Task ALineForAnAwardAlreadyHeld_IsBarredAtSubmission()
    {
        await ArrangeAsync();
        (await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
        {
            awardTypeCode = "LDTT", year = 2025, commendationType = "merit", decision = new { number = "80/QĐ-BV", date = "2025-11-28", issuer = "Bệnh viện Đa khoa tỉnh Hà Nam" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id, "LDTT", justification: "Đề nghị lại")).EnsureSuccessStatusCode();

        var problem = await ShouldBeProblemAsync(await PostAsync(Officer, nomination.Id, "submit"), HttpStatusCode.UnprocessableEntity, NominationErrors.LineBarred.Code);

        problem.GetProperty("detail").GetString()!.ShouldContain("award.not_already_held [Luật 06/2022/QH15, Điều 5.2.c (R8)]");
    }

    [Fact]
    public async Task UnitOfficers_ActOnlyForTheirOwnUnitAndPeople()
    {
        await ArrangeAsync();
        var collegeTeacher = await PersonAsync("Đỗ Thị Mai", _college.Id, "excellent");

        var paediatrics = await Admin.CreateUnitAsync("BVDK-HNAM-NHI", "Khoa Nhi", parentId: _hospital.Id, kind: "other", province: "Hà Nam");
        var paediatrician = await PersonAsync("Vũ Thị Hằng", paediatrics.Id, "excellent");

        var otherUnit = await Officer.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _college.Id, year = 2025, title = "Đề nghị" }, Json, Ct);
        var nomination = await DraftAsync();
        var otherPerson = await ProposeAsync(nomination.Id, collegeTeacher.Id);
        var childUnitPerson = await ProposeAsync(nomination.Id, paediatrician.Id);
        var review = await PostAsync(Officer, nomination.Id, "council-review");

        await ShouldBeProblemAsync(otherUnit, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(otherPerson, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(childUnitPerson, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code); // the department's staff: its own officer or a council
        await ShouldBeProblemAsync(review, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);

        // A council may propose staff of units below the proposing unit, but not from outside it.
        (await ProposeAsync(nomination.Id, paediatrician.Id, client: Council)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await ProposeAsync(nomination.Id, collegeTeacher.Id, client: Council), HttpStatusCode.UnprocessableEntity, NominationErrors.NomineeOutsideUnit.Code);
        await ShouldBeProblemAsync(
            await ProposeAsync(nomination.Id, collegeTeacher.Id, client: ClientFor(Roles.UnitOfficer, _college.Id)), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task WrongStateActions_Return409_AndAReturnedDossierIsCorrectedAndResubmitted()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();

        await ShouldBeProblemAsync(await PostAsync(Council, nomination.Id, "return", new { reason = "Thiếu hồ sơ" }), HttpStatusCode.Conflict, NominationErrors.WrongState.Code);
        await ShouldBeProblemAsync(await PostAsync(Council, nomination.Id, "council-review"), HttpStatusCode.Conflict, NominationErrors.WrongState.Code);
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        await ShouldBeProblemAsync(await ProposeAsync(nomination.Id, _minh.Id, "LDTT"), HttpStatusCode.Conflict, NominationErrors.NotEditable.Code);
        await ShouldBeValidationProblemAsync(await PostAsync(Council, nomination.Id, "return", new { reason = "" }), "reason");

        var returned = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "return", new { reason = "Thiếu biên bản họp Hội đồng thi đua" }));
        returned.Status.ShouldBe(NominationStatus.Returned);
        (await ProposeAsync(nomination.Id, _lan.Id, "LDTT")).EnsureSuccessStatusCode();
        var resubmitted = await ReadAsync<NominationDto>(await PostAsync(Officer, nomination.Id, "submit"));
        (resubmitted.Status, resubmitted.ReturnReason, resubmitted.Lines.Count).ShouldBe((NominationStatus.Submitted, null, 2));

        (await PostAsync(Council, nomination.Id, "council-review")).EnsureSuccessStatusCode();
        await ShouldBeProblemAsync(await PostAsync(Officer, nomination.Id, "withdraw"), HttpStatusCode.Conflict, NominationErrors.WrongState.Code);
        await ShouldBeProblemAsync(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()), HttpStatusCode.UnprocessableEntity, NominationErrors.VotesMissing.Code);
    }

    [Fact]
    public async Task ASubmission_IsAuditedWithEveryLinesResult_AndAResubmission_OnlyWithTheResultsThatChanged()
    {
        await ArrangeAsync();
        var hoa = await PersonAsync("Trần Thị Hoa", _hospital.Id, "excellent");
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();
        (await ProposeAsync(nomination.Id, hoa.Id)).EnsureSuccessStatusCode();

        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        var first = await EligibilityChangesAsync(nomination.Id);

        first.Count.ShouldBe(2);
        first.ShouldAllBe(change => change[0].ValueKind == System.Text.Json.JsonValueKind.Null && change[1].GetProperty("ruleSet").GetString() == "LAW22-ND152");

        // Returned and resubmitted with one more line: the two results evaluated again are the same, so only the new line's is a change.
        (await PostAsync(Council, nomination.Id, "return", new { reason = "Bổ sung danh hiệu Lao động tiên tiến" })).EnsureSuccessStatusCode();
        (await ProposeAsync(nomination.Id, _lan.Id, "LDTT")).EnsureSuccessStatusCode();
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        var second = await EligibilityChangesAsync(nomination.Id);

        second.ShouldHaveSingleItem()[1].GetProperty("awardTypeCode").GetString().ShouldBe("LDTT");
    }

    /// <summary>The <c>[old, new]</c> eligibility results of the dossier's lines in its latest audit entry, a submission's.</summary>
    private async Task<List<System.Text.Json.JsonElement>> EligibilityChangesAsync(Guid nominationId)
    {
        var page = await ReadAsync<System.Text.Json.JsonElement>(await Admin.GetAsync($"/api/v1/audit?resourceId={nominationId}&limit=1", Ct));
        var entry = page.GetProperty("items")[0];
        entry.GetProperty("operation").GetString().ShouldBe("SubmitNominationCommand");
        return [.. entry.GetProperty("changes").GetProperty("children").EnumerateArray()
            .Where(c => c.GetProperty("entity").GetString() == "NominationLine" && c.GetProperty("values").TryGetProperty("eligibility", out _))
            .Select(c => c.GetProperty("values").GetProperty("eligibility"))];
    }

    [Fact]
    public async Task Withdraw_FromDraft_AndListsFilterByStatus()
    {
        await ArrangeAsync();
        var withdrawn = await DraftAsync();
        await DraftAsync();

        (await ReadAsync<NominationDto>(await PostAsync(Officer, withdrawn.Id, "withdraw"))).Status.ShouldBe(NominationStatus.Withdrawn);
        var drafts = await ReadAsync<Page<NominationSummaryDto>>(await Admin.GetAsync($"/api/v1/nominations?proposingUnitId={_hospital.Id}&status=draft", Ct));

        drafts.Items.ShouldHaveSingleItem().Id.ShouldNotBe(withdrawn.Id);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/nominations?status=approved", Ct), "status");
    }

    [Fact]
    public async Task ADecidedLine_IsRevokedWithAGround_AndTheHistoryShowsIt()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();
        (await VoteAsync(nomination.Id, lineId, 15, 15, 15)).EnsureSuccessStatusCode();
        (await PostAsync(Council, nomination.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();
        Factory.Clock.Now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)); // revoked months after the decision
        var revoke = new { ground = "fraudulentDeclaration", decision = new { number = "60/QĐ-SYT", date = "2026-03-01", issuer = "Sở Y tế Hà Nam" }, reason = "Kê khai sai thành tích" };

        var byOfficer = await PostAsync(Officer, nomination.Id, $"lines/{lineId}/revoke", revoke);
        (await PostAsync(Council, nomination.Id, $"lines/{lineId}/revoke", revoke)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await PostAsync(Council, nomination.Id, $"lines/{lineId}/revoke", revoke);

        await ShouldBeProblemAsync(byOfficer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, AwardErrors.AlreadyRevoked.Code);
        var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        award.Revoked.ShouldBeTrue();
        award.Revocation!.Decision.Number.ShouldBe("60/QĐ-SYT");
    }

    [Fact]
    public async Task Revoke_Returns422_ForALineThatWasNotAwarded()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();

        var response = await PostAsync(Council, nomination.Id, $"lines/{lineId}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "61/QĐ-SYT", date = "2026-03-01" },
        });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, NominationErrors.LineNotAwarded.Code);
    }

    [Fact]
    public async Task Lines_AreNumberedInTheOrderProposed_RemovingOneMovesTheLaterOnesUp_AndTheNumbersAreFixedFromSubmission()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        var url = $"/api/v1/nominations/{nomination.Id}";
        var staff = new List<PersonDto> { _lan };
        for (var i = 2; i <= 12; i++)
        {
            staff.Add(await PersonAsync($"Trần Thị Hoa {i:D2}", _hospital.Id, "excellent"));
        }

        foreach (var person in staff)
        {
            (await ProposeAsync(nomination.Id, person.Id, "LDTT")).EnsureSuccessStatusCode();
        }

        var proposed = await ReadAsync<NominationDto>(await Officer.GetAsync(url, Ct));
        proposed.Lines.Select(l => (l.PersonId, l.Number)).ShouldBe(staff.Select((p, i) => ((Guid?)p.Id, i + 1)));

        // The first, a middle and the last line removed: the others close up, in one save each (checked at commit).
        foreach (var index in new[] { 0, 5, 11 })
        {
            (await Officer.DeleteAsync($"{url}/lines/{proposed.Lines[index].Id}", Ct)).EnsureSuccessStatusCode();
        }

        var kept = staff.Where((_, i) => i is not (0 or 5 or 11)).ToList();
        var edited = await ReadAsync<NominationDto>(await Officer.GetAsync(url, Ct));
        edited.Lines.Select(l => (l.PersonId, l.Number)).ShouldBe(kept.Select((p, i) => ((Guid?)p.Id, i + 1)));

        (await ProposeAsync(nomination.Id, staff[0].Id, "LDTT")).EnsureSuccessStatusCode();
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        var submitted = await ReadAsync<NominationDto>(await Officer.GetAsync(url, Ct));
        submitted.Lines.Select(l => (l.PersonId, l.Number)).ShouldBe(kept.Append(staff[0]).Select((p, i) => ((Guid?)p.Id, i + 1)));
        await ShouldBeProblemAsync(await Officer.DeleteAsync($"{url}/lines/{submitted.Lines[0].Id}", Ct), HttpStatusCode.Conflict, NominationErrors.NotEditable.Code);

        // The database holds each dossier's numbers unique and positive, whatever writes the API might make.
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var duplicate = new NpgsqlCommand(
            "UPDATE thidua.nomination_lines SET number = 1 WHERE nomination_id = $1 AND number = 2", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = nomination.Id } },
        };
        (await Should.ThrowAsync<PostgresException>(() => duplicate.ExecuteNonQueryAsync(Ct))).ConstraintName.ShouldBe("uq_nomination_lines_number");
        await using var zero = new NpgsqlCommand("UPDATE thidua.nomination_lines SET number = 0 WHERE nomination_id = $1 AND number = 1", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = nomination.Id } },
        };
        (await Should.ThrowAsync<PostgresException>(() => zero.ExecuteNonQueryAsync(Ct))).ConstraintName.ShouldBe("ck_nomination_lines_number_positive");
    }

    [Fact]
    public async Task ADossierRead_WithTheTagFromBeforeItsProposingUnitWasRenamed_Returns200WithTheNewName()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        var url = $"/api/v1/nominations/{nomination.Id}";
        var before = await Officer.GetAsync(url, Ct);
        (await TestData.GetIfNoneMatchAsync(Officer, url, before.Headers.ETag!)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        (await Admin.PutAsJsonAsync($"/api/v1/units/{_hospital.Id}", new { name = "Bệnh viện Đa khoa Hà Nam", kind = "hospital", province = "Hà Nam" }, Json, Ct)).EnsureSuccessStatusCode();

        var after = await TestData.GetIfNoneMatchAsync(Officer, url, before.Headers.ETag!);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        var read = await ReadAsync<NominationDto>(after);
        (read.ProposingUnit.Name, read.Version).ShouldBe(("Bệnh viện Đa khoa Hà Nam", nomination.Version));
    }

    [Fact]
    public async Task Lines_AreCheckedAgainstTheCatalogueAndTheDossier()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        var url = $"/api/v1/nominations/{nomination.Id}";

        await ShouldBeProblemAsync(await PostAsync(Officer, nomination.Id, "submit"), HttpStatusCode.UnprocessableEntity, NominationErrors.NoLines.Code);
        await ShouldBeProblemAsync(await ProposeAsync(nomination.Id, _lan.Id, "XYZ"), HttpStatusCode.UnprocessableEntity, NominationErrors.UnknownAwardType.Code);
        await ShouldBeProblemAsync(await ProposeAsync(nomination.Id, _lan.Id, "CO_THI_DUA_TINH"), HttpStatusCode.UnprocessableEntity, NominationErrors.RecipientKindMismatch.Code);
        var line = (await ReadAsync<NominationDto>(await ProposeAsync(nomination.Id, _lan.Id))).Lines.Single();
        await ShouldBeProblemAsync(await ProposeAsync(nomination.Id, _lan.Id), HttpStatusCode.UnprocessableEntity, NominationErrors.DuplicateLine.Code);
        await ShouldBeValidationProblemAsync(
            await Officer.PostAsJsonAsync($"{url}/lines", new { awardTypeCode = "LDTT", achievementSummary = "x" }, Json, Ct), "personId");
        await ShouldBeProblemAsync(await Officer.DeleteAsync($"{url}/lines/{Guid.NewGuid()}", Ct), HttpStatusCode.UnprocessableEntity, NominationErrors.LineNotFound.Code);

        var removed = await ReadAsync<NominationDto>(await Officer.DeleteAsync($"{url}/lines/{line.Id}", Ct));
        removed.Lines.ShouldBeEmpty();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        await ShouldBeProblemAsync(
            await Officer.PutAsJsonAsync($"{url}/lines/{line.Id}/justification", new { justification = "x" }, Json, Ct), HttpStatusCode.Conflict, NominationErrors.NotEditable.Code);
    }

    [Fact]
    public async Task Decide_Returns422_ForADecisionDatedBeforeTheSubmissionOrAfterToday_OrOnlyCited()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();
        (await VoteAsync(nomination.Id, lineId, 15, 15, 15)).EnsureSuccessStatusCode();

        var early = await PostAsync(Council, nomination.Id, "decide", await DecisionAsync(date: "2025-11-30"));
        var future = await PostAsync(Council, nomination.Id, "decide", await DecisionAsync(date: "2025-12-02"));
        var citedOnly = await PostAsync(Council, nomination.Id, "decide", new { decision = new { number = "45/QĐ-SYT", date = "2025-12-01", issuer = "Sở Y tế Hà Nam" }, signerName = "A", signerTitle = "Giám đốc" });

        await ShouldBeProblemAsync(early, HttpStatusCode.UnprocessableEntity, NominationErrors.DecisionBeforeSubmission.Code);
        await ShouldBeProblemAsync(future, HttpStatusCode.UnprocessableEntity, NominationErrors.DecisionInFuture.Code);
        // The issuer and signer are the stored decision's own (ADR 0029): a decision only cited is refused.
        await ShouldBeProblemAsync(citedOnly, HttpStatusCode.UnprocessableEntity, NominationErrors.DecisionDocumentRequired.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForADissolvedProposingUnit_And404_ForAnUnknownCovenant()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/units/{_college.Id}/lineage-events", new
        {
            type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis(),
        }, Json, Ct)).EnsureSuccessStatusCode();

        var dissolved = await Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _college.Id, year = 2025, title = "Đề nghị" }, Json, Ct);
        var unknownCovenant = await Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị", covenantId = Guid.NewGuid() }, Json, Ct);

        await ShouldBeProblemAsync(dissolved, HttpStatusCode.UnprocessableEntity, NominationErrors.ProposingUnitNotActive.Code);
        await ShouldBeProblemAsync(unknownCovenant, HttpStatusCode.NotFound, NotFoundErrors.Covenant.Code);
    }

    [Fact]
    public async Task ADossierAndEligibility_AreHiddenFromOtherUnits()
    {
        await ArrangeAsync();
        var nomination = await DraftAsync();
        var stranger = ClientFor(Roles.UnitOfficer, _college.Id);

        await ShouldBeProblemAsync(await stranger.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await stranger.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=LDTT&year=2025", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await stranger.GetAsync($"/api/v1/units/{_hospital.Id}/eligibility?awardType=TTLDTT&year=2025", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        (await Officer.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=LDTT&year=2025", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Council.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnInitiativeReliedOn_IsUsedUpByTheDecision_AndCannotSupportASecondDossier()
    {
        await ArrangeAsync();
        var good = await PersonAsync("Trần Thị Thu", _hospital.Id, "good");
        var initiative = (await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync($"/api/v1/people/{good.Id}/initiatives", new
        {
            title = "Cải tiến quy trình cấp phát thuốc ngoại trú", kind = "initiative", year = 2025, scope = "unit", recognisingBody = "Hội đồng sáng kiến Bệnh viện",
            document = new { number = "52/QĐ-BV", date = "2025-10-15" },
        }, Json, Ct))).Initiatives.ShouldHaveSingleItem().Id;
        var (first, firstLine) = await InCouncilAsync(good);

        // A second dossier declares the same initiative as its basis while the first is still before the council.
        var second = await DraftAsync();
        var secondLine = (await ReadAsync<NominationDto>(await Officer.PostAsJsonAsync($"/api/v1/nominations/{second.Id}/lines", new
        {
            personId = good.Id, awardTypeCode = "BANG_KHEN_TINH_CA_NHAN", achievementSummary = "Sáng kiến cấp phát thuốc", basisInitiativeIds = new[] { initiative },
            justification = "Sáng kiến có hiệu quả vượt trội",
        }, Json, Ct))).Lines.Single().Id;
        (await PostAsync(Officer, second.Id, "submit")).EnsureSuccessStatusCode();
        (await PostAsync(Council, second.Id, "council-review")).EnsureSuccessStatusCode();

        var firstEligibility = (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{first.Id}", Ct))).Lines.Single().Eligibility!;
        firstEligibility.Rules.Single(r => r.Rule == "cstdcs.excellent_or_recognised_work").Basis.ShouldBe([initiative]);
        (await VoteAsync(first.Id, firstLine, 15, 15, 15)).EnsureSuccessStatusCode();
        (await PostAsync(Council, first.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();
        (await VoteAsync(second.Id, secondLine, 15, 15, 15)).EnsureSuccessStatusCode();
        var reused = await PostAsync(Council, second.Id, "decide", await DecisionAsync(number: "46/QĐ-SYT"));

        await ShouldBeProblemAsync(reused, HttpStatusCode.UnprocessableEntity, AwardErrors.InitiativeAlreadyUsed.Code);
        var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{good.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        award.BasisInitiativeIds.ShouldBe([initiative]);
        (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{second.Id}", Ct))).Status.ShouldBe(NominationStatus.CouncilReview);
    }

    [Fact]
    public async Task AbsentMembersWrittenVotes_CountTowardsAThresholdOverAllMembers()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();

        var meetingOnly = await ReadAsync<NominationDto>(await VoteAsync(nomination.Id, lineId, 15, 11, 11));
        var withWritten = await ReadAsync<NominationDto>(await Council.PutAsJsonAsync(
            $"/api/v1/nominations/{nomination.Id}/lines/{lineId}/vote", new { members = 15, present = 11, yes = 11, writtenYes = 1 }, Json, Ct));
        var tooMany = await Council.PutAsJsonAsync(
            $"/api/v1/nominations/{nomination.Id}/lines/{lineId}/vote", new { members = 15, present = 11, yes = 11, writtenYes = 5 }, Json, Ct);

        meetingOnly.Lines.Single().Vote!.Passed.ShouldBeFalse(); // 11 of 15 = 73 %
        withWritten.Lines.Single().Vote!.ShouldBe(new CouncilVote(15, 11, 11, 1, true)); // 12 of 15 = 80 %
        await ShouldBeProblemAsync(tooMany, HttpStatusCode.UnprocessableEntity, NominationErrors.VoteInvalid.Code); // only 4 were absent
        (await VoteAsync(nomination.Id, lineId, 9, 6, 6)).StatusCode.ShouldBe(HttpStatusCode.OK); // 6 of 9 is exactly 2/3: quorate
    }

    [Fact]
    public async Task TheAward_NamesTheUnitThePersonWorkedForOnTheDecisionDate()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();
        (await VoteAsync(nomination.Id, lineId, 15, 15, 15)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/transfers", new { unitId = _college.Id, position = "Giảng viên", from = "2025-12-01" }, Json, Ct))
            .EnsureSuccessStatusCode();

        (await PostAsync(Council, nomination.Id, "decide", await DecisionAsync(date: "2025-12-01"))).EnsureSuccessStatusCode();

        var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        (award.UnitId, award.UnitNameAtDecision).ShouldBe((_college.Id, "Trường Cao đẳng Y tế Hà Nam"));
    }

    [Fact]
    public async Task OnlyTheDecidingAuthority_RevokesADecidedAward_AndTheListShowsTheDecidedDossier()
    {
        await ArrangeAsync();
        var (nomination, lineId) = await InCouncilAsync();
        (await VoteAsync(nomination.Id, lineId, 15, 15, 15)).EnsureSuccessStatusCode();
        var awardId = (await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()))).Lines.Single().AwardId!.Value;
        Factory.Clock.Now = new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(7)); // revoked weeks after the decision
        var revoke = new { ground = "falseDossier", decision = new { number = "61/QĐ-BV", date = "2026-01-10" } };

        var byHospitalCouncil = await ClientFor(Roles.Council, _hospital.Id).PostAsJsonAsync($"/api/v1/awards/{awardId}/revoke", revoke, Json, Ct);
        var decided = await ReadAsync<Page<NominationSummaryDto>>(await Admin.GetAsync($"/api/v1/nominations?proposingUnitId={_hospital.Id}&status=decided", Ct));

        await ShouldBeProblemAsync(byHospitalCouncil, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        decided.Items.ShouldHaveSingleItem().Id.ShouldBe(nomination.Id);
        (await Council.PostAsJsonAsync($"/api/v1/awards/{awardId}/revoke", revoke, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnIntegrationClientAboveTheUnit_ActsAsTheReceivingAuthority_ButReadsNoPersonalFacts()
    {
        await ArrangeAsync();
        var integration = ClientFor(Roles.Integration, _sở.Id, "thidua.read", "thidua.write");
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();

        var reviewed = await PostAsync(integration, nomination.Id, "council-review");

        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await ReadAsync<NominationDto>(reviewed);
        seen.Status.ShouldBe(NominationStatus.CouncilReview);
        seen.Lines.Single().Eligibility!.Rules.ShouldAllBe(r => r.Facts == NominationLineDto.WithheldFacts);
        (await ReadAsync<NominationDto>(await Council.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.Single().Eligibility!.Rules
            .ShouldAllBe(r => r.Facts != NominationLineDto.WithheldFacts);
    }

    [Fact]
    public async Task AUnitOfficer_ReadsItsOwnStaffsFacts_ButNotThoseOfAnotherUnitsStaffInItsDossier()
    {
        await ArrangeAsync();
        var paediatrics = await Admin.CreateUnitAsync("BVDK-HNAM-NHI", "Khoa Nhi", parentId: _hospital.Id, kind: "other", province: "Hà Nam");
        var paediatrician = await PersonAsync("Vũ Thị Hằng", paediatrics.Id, "excellent");
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id)).EnsureSuccessStatusCode();
        (await ProposeAsync(nomination.Id, paediatrician.Id, client: Council)).EnsureSuccessStatusCode();
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();

        var lines = (await ReadAsync<NominationDto>(await Officer.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines;

        lines.Single(l => l.PersonId == _lan.Id).Eligibility!.Rules.ShouldAllBe(r => r.Facts != NominationLineDto.WithheldFacts);
        lines.Single(l => l.PersonId == paediatrician.Id).Eligibility!.Rules.ShouldAllBe(r => r.Facts == NominationLineDto.WithheldFacts);
    }

    [Fact]
    public async Task ALineUnderAHold_IsRefusedAtSubmission_WhateverTheJustification()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/disciplines", new
        {
            kind = "hold", from = "2025-11-15", reason = "Đang xác minh đơn tố cáo", legalBasis = new { number = "9/TB-SYT", date = "2025-11-15" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        var nomination = await DraftAsync();
        (await ProposeAsync(nomination.Id, _lan.Id, "LDTT", justification: "Đơn tố cáo chưa có kết luận")).EnsureSuccessStatusCode();

        var refused = await PostAsync(Officer, nomination.Id, "submit");

        var problem = await ShouldBeProblemAsync(refused, HttpStatusCode.UnprocessableEntity, NominationErrors.LineBarred.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("hold.none");
        problem.GetProperty("detail").GetString()!.ShouldNotContain("tố cáo"); // the hold's reason is not repeated
        (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Status.ShouldBe(NominationStatus.Draft);
    }

    [Fact]
    public async Task OneDecision_CannotRestTwoAwardsOnTheSameInitiative()
    {
        await ArrangeAsync();
        var initiative = await InitiativeAsync(_lan.Id, "Ứng dụng bệnh án điện tử tại khoa Nội");
        var nomination = await DraftAsync();
        foreach (var code in new[] { "CSTDCS", "BANG_KHEN_TINH_CA_NHAN" })
        {
            (await Officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                personId = _lan.Id, awardTypeCode = code, achievementSummary = "Bệnh án điện tử", basisInitiativeIds = new[] { initiative }, justification = "Thành tích nổi bật",
            }, Json, Ct)).EnsureSuccessStatusCode();
        }

        var submitted = await ReadAsync<NominationDto>(await PostAsync(Officer, nomination.Id, "submit"));
        (await PostAsync(Council, nomination.Id, "council-review")).EnsureSuccessStatusCode();
        foreach (var line in submitted.Lines)
        {
            (await VoteAsync(nomination.Id, line.Id, 15, 15, 15)).EnsureSuccessStatusCode();
        }

        await ShouldBeProblemAsync(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()), HttpStatusCode.UnprocessableEntity, AwardErrors.InitiativeAlreadyUsed.Code);
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task WhenTheInitiativeReliedOnIsUsedMeanwhile_TheDecisionRestsOnAnotherThatStillQualifies()
    {
        await ArrangeAsync();
        var good = await PersonAsync("Trần Thị Thu", _hospital.Id, "good");
        var first = await InitiativeAsync(good.Id, "Cải tiến quy trình cấp phát thuốc");
        var second = await InitiativeAsync(good.Id, "Bảng kiểm an toàn người bệnh");
        var (nomination, lineId) = await InCouncilAsync(good);
        var reliedOn = (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.Single().Eligibility!.BasisInitiativeIds.ShouldHaveSingleItem();

        (await Council.PostAsJsonAsync($"/api/v1/people/{good.Id}/awards", new
        {
            awardTypeCode = "GIAY_KHEN_CA_NHAN", year = 2025, commendationType = "merit", basisInitiativeIds = new[] { reliedOn },
            decision = new { number = "70/QĐ-BV", date = "2025-11-25", issuer = "Bệnh viện Đa khoa tỉnh Hà Nam" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await VoteAsync(nomination.Id, lineId, 15, 15, 15)).EnsureSuccessStatusCode();
        (await PostAsync(Council, nomination.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();

        var awards = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{good.Id}/awards", Ct))).Items;
        awards.Single(a => a.AwardType.Code == "CSTDCS").BasisInitiativeIds.ShouldBe([reliedOn == first ? second : first]);
    }

    private async Task<Guid> InitiativeAsync(Guid personId, string title) =>
        (await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync($"/api/v1/people/{personId}/initiatives", new
        {
            title, kind = "initiative", year = 2025, scope = "unit", recognisingBody = "Hội đồng sáng kiến Bệnh viện", document = new { number = "52/QĐ-BV", date = "2025-10-15" },
        }, Json, Ct))).Initiatives.Single(i => i.Title == title).Id;
}

