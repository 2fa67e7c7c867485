using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.DataImports;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Security;
using ThiDua.Application.Awards;
using ThiDua.Application.Certificates;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Nominations;

namespace ThiDua.Api.FunctionalTests.Nominations;

/// <summary>
/// Decisions as they are issued: one number conferring awards on dozens or hundreds of people and units, bonuses summed;
/// holds placed after submission checked again at council review, vote and decision (R4).
/// </summary>
public sealed class DecisionTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const long PersonBonus = 710_000; // Giấy khen, cá nhân: 0.3 × 2,340,000 rounded up to 10,000 (Nghị định 152/2025/NĐ-CP, Điều 54)
    private const long UnitBonus = 1_410_000; // Giấy khen, tập thể: 0.6 × 2,340,000 rounded up to 10,000

    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private HttpClient Officer => ClientFor(Roles.UnitOfficer, _hospital.Id);

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
    }

    private async Task<PersonDto> PersonAsync(string name)
    {
        var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = name, gender = "female", unitId = _hospital.Id, position = "Điều dưỡng", employedFrom = "2015-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{person.Id}/ratings/2025", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        return person;
    }

    /// <summary>
    /// <paramref name="count"/> nurses of the hospital, "Nguyễn Thị Mai 001" onwards, each rated "good" for 2025 — as
    /// <see cref="PersonAsync"/> makes one, in one Excel import (ADR 0033) rather than two requests each; in name order.
    /// </summary>
    private async Task<IReadOnlyList<PersonSummaryDto>> StaffAsync(int count)
    {
        var numbers = Enumerable.Range(1, count).ToList();
        await Admin.ImportAsync(TestWorkbooks.Write(
            people: numbers.Select(i => new Dictionary<string, string>
            {
                [PersonColumns.FullName] = $"Nguyễn Thị Mai {i:D3}", [PersonColumns.Gender] = "Nữ", [PersonColumns.CivilServantCode] = $"DD{i:D6}",
                [PersonColumns.UnitCode] = _hospital.Code, [PersonColumns.Position] = "Điều dưỡng", [PersonColumns.EmployedFrom] = "01/01/2015",
            }),
            ratings: numbers.Select(i => new Dictionary<string, string>
            {
                [RatingColumns.CivilServantCode] = $"DD{i:D6}", [RatingColumns.Year] = "2025", [RatingColumns.Rating] = "Hoàn thành tốt nhiệm vụ",
            }).ToList()), Ct);
        var staff = (await ReadAsync<Page<PersonSummaryDto>>(await Admin.GetAsync($"/api/v1/people?unitId={_hospital.Id}&limit={PageRequest.MaxLimit}", Ct))).Items
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ToList();
        staff.Select(p => p.FullName).ShouldBe(numbers.Select(i => $"Nguyễn Thị Mai {i:D3}"));
        return staff;
    }

    private async Task<NominationDto> DraftAsync()
    {
        var response = await Officer.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị tặng Giấy khen năm 2025",
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<NominationDto>(response);
    }

    /// <summary>The hospital's officer proposes its staff and the hospital; the Sở's council proposes the hospital's departments.</summary>
    private async Task ProposeAsync(Guid nominationId, Guid? personId, Guid? unitId)
    {
        var client = unitId is null || unitId == _hospital.Id ? Officer : Council;
        var response = await client.PostAsJsonAsync($"/api/v1/nominations/{nominationId}/lines", new
        {
            personId,
            unitId,
            awardTypeCode = personId is null ? "GIAY_KHEN_TAP_THE" : "GIAY_KHEN_CA_NHAN",
            achievementSummary = "Có thành tích trong phong trào thi đua năm 2025",
            evidence = new[] { "Báo cáo thành tích" },
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Posts an action; a submit without a body carries a submission (tờ trình) that <paramref name="client"/> stores first.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid nominationId, string action, object? body = null) =>
        await client.PostAsJsonAsync(
            $"/api/v1/nominations/{nominationId}/{action}", body ?? (action == "submit" ? await client.SubmissionBodyAsync() : new { }), Json, Ct);

    private Task<HttpResponseMessage> VoteAsync(Guid nominationId, Guid lineId) =>
        Council.PutAsJsonAsync($"/api/v1/nominations/{nominationId}/lines/{lineId}/vote", new { members = 9, present = 9, yes = 8 }, Json, Ct);

    private Task<object> DecisionAsync(string date = "2025-12-01") => Admin.DecisionBodyAsync("120/QĐ-SYT", date);

    private Task<HttpResponseMessage> HoldAsync(Guid personId, string from) =>
        Admin.PostAsJsonAsync($"/api/v1/people/{personId}/disciplines", new
        {
            kind = "hold", from, reason = "Đang xác minh đơn tố cáo", legalBasis = new { number = "9/TB-SYT", date = from },
        }, Json, Ct);

    private Task<NominationDto> InCouncilAsync(IReadOnlyList<PersonDto> people, IReadOnlyList<UnitDetailsDto> units) =>
        InCouncilAsync(people.Select(p => p.Id).ToList(), units);

    private async Task<NominationDto> InCouncilAsync(IReadOnlyList<Guid> people, IReadOnlyList<UnitDetailsDto> units)
    {
        var nomination = await DraftAsync();
        foreach (var person in people)
        {
            await ProposeAsync(nomination.Id, person, null);
        }

        foreach (var unit in units)
        {
            await ProposeAsync(nomination.Id, null, unit.Id);
        }

        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        return await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "council-review"));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 0)]
    [InlineData(45, 5)]
    [InlineData(190, 10)]
    public async Task ADecision_ConfersEveryPassedLine_UnderOneNumber_WithTheBonusesSummed(int people, int units)
    {
        await ArrangeAsync();
        var staff = await StaffAsync(people);

        var departments = new List<UnitDetailsDto>();
        for (var i = 1; i <= units; i++)
        {
            departments.Add(await Admin.CreateUnitAsync($"BVDK-HNAM-K{i:D2}", $"Khoa {i:D2}", parentId: _hospital.Id, kind: "other", province: "Hà Nam"));
        }

        var nomination = await InCouncilAsync(staff.Select(p => p.Id).ToList(), departments);
        foreach (var line in nomination.Lines)
        {
            (await VoteAsync(nomination.Id, line.Id)).EnsureSuccessStatusCode();
        }

        var response = await PostAsync(Council, nomination.Id, "decide", await DecisionAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var decided = await ReadAsync<NominationDto>(response);
        decided.Status.ShouldBe(NominationStatus.Decided);
        decided.Lines.Count.ShouldBe(people + units);
        // Every answer lists the lines by their number, 1..n in the order proposed, whatever the writes since.
        decided.Lines.Select(l => l.PersonId ?? l.UnitId).ShouldBe(staff.Select(p => p.Id).Concat(departments.Select(d => d.Id)));
        decided.Lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, people + units));
        decided.Lines.Select(l => (l.Id, l.Number)).ShouldBe(nomination.Lines.Select(l => (l.Id, l.Number)));
        decided.Lines.ShouldAllBe(l => l.AwardId != null);
        decided.Lines.Select(l => l.AwardId).Distinct().Count().ShouldBe(people + units);
        decided.Lines.Where(l => l.PersonId != null).ShouldAllBe(l => l.BonusVnd == PersonBonus);
        decided.Lines.Where(l => l.PersonId == null).ShouldAllBe(l => l.BonusVnd == UnitBonus);
        (decided.Decision!.Awards, decided.Decision.TotalBonusVnd).ShouldBe((people + units, (people * PersonBonus) + (units * UnitBonus)));

        foreach (var (person, index) in staff.Select((p, i) => (p, i)).Where(x => x.i is 0 || x.i == people - 1))
        {
            var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{person.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
            (award.Decision.Number, award.Decision.Date, award.BonusVnd, award.RecipientNameAtDecision)
                .ShouldBe(("120/QĐ-SYT", new DateOnly(2025, 12, 1), (long?)PersonBonus, $"Nguyễn Thị Mai {index + 1:D3}"));
        }

        foreach (var department in departments.Take(1).Concat(departments.TakeLast(1)))
        {
            var award = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/units/{department.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
            (award.Decision.Number, award.BonusVnd, award.RecipientNameAtDecision).ShouldBe(("120/QĐ-SYT", (long?)UnitBonus, department.Name));
        }

        // The register follows the decision's list: line n gets the n-th gold-book and certificate number of the decision
        // (after 2 × n writes to the lines, storage no longer returns them in that order).
        var certificates = new List<CertificateDto>();
        foreach (var line in decided.Lines)
        {
            certificates.Add((await ReadAsync<AwardCertificatesDto>(await Admin.GetAsync($"/api/v1/awards/{line.AwardId}/certificate", Ct))).Current);
        }

        certificates.Select(c => c.CertificateNumber).ShouldBe(Enumerable.Range(certificates[0].CertificateNumber, people + units));
        certificates.Select(c => c.GoldBookNumber).ShouldBe(Enumerable.Range(certificates[0].GoldBookNumber, people + units));
    }

    [Fact]
    public async Task AHoldPlacedAfterSubmission_IsFoundAtCouncilReview_StopsThatLinesVote_AndTheOtherLinesAreDecided()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var hoa = await PersonAsync("Lê Thị Hoa");
        var nomination = await DraftAsync();
        await ProposeAsync(nomination.Id, lan.Id, null);
        await ProposeAsync(nomination.Id, hoa.Id, null);
        await ProposeAsync(nomination.Id, null, _hospital.Id);
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        (await HoldAsync(lan.Id, "2025-11-28")).EnsureSuccessStatusCode();

        var inReview = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "council-review"));

        var lanLine = inReview.Lines.Single(l => l.PersonId == lan.Id);
        lanLine.Hold.ShouldNotBeNull();
        (lanLine.Hold.Step, lanLine.Hold.CheckedOn, lanLine.Hold.Facts).ShouldBe((HoldCheckStep.CouncilReview, new DateOnly(2025, 12, 1), "A hold is in force since 2025-11-28."));
        inReview.Lines.Where(l => l.Id != lanLine.Id).ShouldAllBe(l => l.Hold == null);
        var refused = await VoteAsync(nomination.Id, lanLine.Id);
        var problem = await ShouldBeProblemAsync(refused, HttpStatusCode.UnprocessableEntity, NominationErrors.LineOnHold.Code);
        problem.GetProperty("detail").GetString()!.ShouldNotContain("tố cáo"); // the hold's reason is personal data
        foreach (var line in inReview.Lines.Where(l => l.Id != lanLine.Id))
        {
            (await VoteAsync(nomination.Id, line.Id)).EnsureSuccessStatusCode();
        }

        var decided = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()));

        decided.Status.ShouldBe(NominationStatus.Decided);
        decided.Lines.Single(l => l.Id == lanLine.Id).AwardId.ShouldBeNull();
        decided.Lines.Single(l => l.Id == lanLine.Id).Hold!.Step.ShouldBe(HoldCheckStep.Decision);
        decided.Lines.Where(l => l.Id != lanLine.Id).ShouldAllBe(l => l.AwardId != null);
        decided.Decision!.Awards.ShouldBe(2);
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{lan.Id}/awards", Ct))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task AHoldLiftedDuringTheReview_LetsTheLineBeVotedAndDecided()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var nomination = await DraftAsync();
        await ProposeAsync(nomination.Id, lan.Id, null);
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        var held = await ReadAsync<PersonDto>(await HoldAsync(lan.Id, "2025-11-28"));
        var line = (await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "council-review"))).Lines.Single();
        line.Hold.ShouldNotBeNull();

        Factory.Clock.Now = new DateTimeOffset(2025, 12, 5, 9, 0, 0, TimeSpan.FromHours(7));
        (await Admin.PostAsJsonAsync($"/api/v1/people/{lan.Id}/disciplines/{held.Disciplines![0].Id}/end", new { lastDay = "2025-12-04" }, Json, Ct)).EnsureSuccessStatusCode();
        var voted = await ReadAsync<NominationDto>(await VoteAsync(nomination.Id, line.Id));
        var decided = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync("2025-12-05")));

        voted.Lines.Single().Hold.ShouldBeNull();
        decided.Lines.Single().AwardId.ShouldNotBeNull();
    }

    [Fact]
    public async Task AHoldInForceOnTheDecisionDate_OnEveryPassedLine_Returns422_AndNothingIsAwarded()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var nomination = await InCouncilAsync([lan], []);
        (await VoteAsync(nomination.Id, nomination.Lines.Single().Id)).EnsureSuccessStatusCode();
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 8, 9, 0, 0, TimeSpan.FromHours(7));
        (await HoldAsync(lan.Id, "2025-12-03")).EnsureSuccessStatusCode();

        var refused = await PostAsync(Council, nomination.Id, "decide", await DecisionAsync("2025-12-05"));
        var before = await PostAsync(Council, nomination.Id, "decide", await DecisionAsync("2025-12-02"));

        await ShouldBeProblemAsync(refused, HttpStatusCode.UnprocessableEntity, NominationErrors.LineOnHold.Code);
        before.StatusCode.ShouldBe(HttpStatusCode.OK); // signed the day before the hold was placed: the award stands
        (await ReadAsync<NominationDto>(before)).Lines.Single().AwardId.ShouldNotBeNull();
    }

    [Fact]
    public async Task HoldFacts_AreWithheldFromIntegrationClients()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var nomination = await DraftAsync();
        await ProposeAsync(nomination.Id, lan.Id, null);
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();
        (await HoldAsync(lan.Id, "2025-11-28")).EnsureSuccessStatusCode();
        (await PostAsync(Council, nomination.Id, "council-review")).EnsureSuccessStatusCode();

        var integration = ClientFor(Roles.Integration, _sở.Id, Scopes.Read);
        var seen = await ReadAsync<NominationDto>(await integration.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct));

        // Issue 15 item 2: a hold is itself a disciplinary fact, so the integration client does not learn there is one.
        seen.Lines.Single().Hold.ShouldBeNull();
        seen.Lines.Single().Eligibility!.Withheld.ShouldContain("hold.none");
        (await ReadAsync<NominationDto>(await Council.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.Single().Hold.ShouldNotBeNull();
    }

    [Fact]
    public async Task TheConfiguredEOfficeClient_ReadsDossiersDecisionsAndAwardsUnderItsAuthority_WithoutUnitIdAndWithPersonalDataMasked()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var nomination = await InCouncilAsync([lan], [_hospital]);
        foreach (var line in nomination.Lines)
        {
            (await VoteAsync(nomination.Id, line.Id)).EnsureSuccessStatusCode();
        }

        var decided = await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "decide", await DecisionAsync()));
        var otherSở = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        var otherHospital = await Admin.CreateUnitAsync("BVDK-NB", "Bệnh viện Đa khoa tỉnh Ninh Bình", parentId: otherSở.Id, province: "Ninh Bình");
        var elsewhere = await ClientFor(Roles.UnitOfficer, otherHospital.Id).PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = otherHospital.Id, year = 2025, title = "Đề nghị" }, Json, Ct);
        var eOffice = ClientWithToken(LocalTokens.Create(
            ThiDuaApiFactory.Issuer, ThiDuaApiFactory.Audience, Factory.SigningKey,
            new LocalTokens.Request(ThiDuaApiFactory.EOfficeClient, "Phần mềm quản lý văn bản Sở Y tế Hà Nam", [Roles.Integration], null, [Scopes.Read], TimeSpan.FromHours(1))));
        var unconfigured = ClientFor(Roles.Integration, null, Scopes.Read);

        var read = await ReadAsync<NominationDto>(await eOffice.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct));
        var award = await eOffice.GetAsync($"/api/v1/awards/{decided.Lines.Single(l => l.PersonId == lan.Id).AwardId}", Ct);
        var outside = await eOffice.GetAsync($"/api/v1/nominations/{(await ReadAsync<NominationDto>(elsewhere)).Id}", Ct);
        var withoutAuthority = await unconfigured.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct);

        (read.Status, read.Decision!.Document.Number, read.Decision.Awards).ShouldBe((NominationStatus.Decided, "120/QĐ-SYT", 2));
        read.Lines.Single(l => l.PersonId == lan.Id).Eligibility!.Rules.ShouldAllBe(r => r.Facts == NominationLineDto.WithheldFacts);
        award.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(outside, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await ShouldBeProblemAsync(withoutAuthority, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code)).GetProperty("detail").GetString()
            .ShouldBe("The token names no unit (unit_id), and no authority is configured for this integration client (Integration:Clients).");
    }

    [Fact]
    public async Task Submitting_ASubmittedOrDecidedDossierAgain_Returns409WrongState()
    {
        await ArrangeAsync();
        var lan = await PersonAsync("Nguyễn Thị Lan");
        var nomination = await DraftAsync();
        await ProposeAsync(nomination.Id, lan.Id, null);
        (await PostAsync(Officer, nomination.Id, "submit")).EnsureSuccessStatusCode();

        var again = await PostAsync(Officer, nomination.Id, "submit");
        var line = (await ReadAsync<NominationDto>(await PostAsync(Council, nomination.Id, "council-review"))).Lines.Single();
        (await VoteAsync(nomination.Id, line.Id)).EnsureSuccessStatusCode();
        (await PostAsync(Council, nomination.Id, "decide", await DecisionAsync())).EnsureSuccessStatusCode();
        var afterDecision = await PostAsync(Officer, nomination.Id, "submit");

        var problem = await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, NominationErrors.WrongState.Code);
        problem.GetProperty("detail").GetString().ShouldBe("The dossier is 'submitted'; this needs 'draft' or 'returned'.");
        (await ShouldBeProblemAsync(afterDecision, HttpStatusCode.Conflict, NominationErrors.WrongState.Code)).GetProperty("detail").GetString()
            .ShouldBe("The dossier is 'decided'; this needs 'draft' or 'returned'.");
    }

    [Fact]
    public async Task WrittenYesVotesBeyondTheAbsentMembers_Return422_SayingWhy()
    {
        await ArrangeAsync();
        var nomination = await InCouncilAsync([await PersonAsync("Nguyễn Thị Lan")], []);

        var response = await Council.PutAsJsonAsync(
            $"/api/v1/nominations/{nomination.Id}/lines/{nomination.Lines.Single().Id}/vote", new { members = 9, present = 7, yes = 5, writtenYes = 3 }, Json, Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, NominationErrors.VoteInvalid.Code);
        problem.GetProperty("detail").GetString()
            .ShouldBe("3 written yes votes, but only 2 of the 9 members were absent; written votes come from absent members only.");
    }
}
