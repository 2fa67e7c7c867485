using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.People.LookUpPerson;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Privacy;

/// <summary>
/// Issue 15 item 2 over HTTP: ratings are personal data like disciplines; the citizen-id lookup answers only inside the
/// caller's authority, is rate-limited and audited; list filters refuse what the item read refuses; rule outcomes that
/// would tell a withheld fact are not shown to integration clients.
/// </summary>
public sealed class PersonalDataByRoleTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private UnitDetailsDto _college = null!;
    private UnitDetailsDto _otherSở = null!;
    private UnitDetailsDto _otherHospital = null!;
    private PersonDto _lan = null!;

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        _college = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", parentId: _sở.Id, kind: "college", province: "Hà Nam");
        _otherSở = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        _otherHospital = await Admin.CreateUnitAsync("BVDK-NB", "Bệnh viện Đa khoa tỉnh Ninh Bình", parentId: _otherSở.Id, province: "Ninh Bình");
        var registered = await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", birthDate = "1985-03-02", citizenId = "001185012345", unitId = _hospital.Id, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        _lan = await ReadAsync<PersonDto>(registered);
        (await Admin.PutAsJsonAsync($"/api/v1/people/{_lan.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
    }

    private static Task<HttpResponseMessage> LookUpAsync(HttpClient client, string citizenId = "001185012345") =>
        client.PostAsJsonAsync("/api/v1/people/lookup", new { citizenId }, Json, Ct);

    [Fact]
    public async Task Ratings_AreShownOnlyToThoseWhoMaySeePersonalData_LikeDisciplines()
    {
        await ArrangeAsync();
        var url = $"/api/v1/people/{_lan.Id}";

        async Task<PersonDto> AsAsync(HttpClient client) => await ReadAsync<PersonDto>(await client.GetAsync(url, Ct));

        var entitled = new[]
        {
            await AsAsync(Admin),
            await AsAsync(ClientFor(Roles.Council, _sở.Id)),
            await AsAsync(ClientFor(Roles.UnitOfficer, _hospital.Id)),
        };
        var others = new[]
        {
            await AsAsync(ClientFor(Roles.Council, _otherSở.Id)),
            await AsAsync(ClientFor(Roles.UnitOfficer, _college.Id)),
            await AsAsync(ClientFor(Roles.Integration, _sở.Id, Scopes.Read)),
        };

        entitled.ShouldAllBe(p => p.PersonalDataVisible && p.Ratings != null && p.Ratings.Count == 1 && p.Disciplines != null);
        others.ShouldAllBe(p => !p.PersonalDataVisible && p.Ratings == null && p.Disciplines == null && p.BirthDate == null);
        var raw = await ClientFor(Roles.Integration, _sở.Id, Scopes.Read).GetStringAsync(url, Ct);
        raw.ShouldContain("\"ratings\":null");
        raw.ShouldNotContain("excellent");
    }

    [Fact]
    public async Task TheLookup_AnswersOnlyInsideTheCallersAuthority_AsIfTheIdWereUnknownElsewhere()
    {
        await ArrangeAsync();

        var byCouncil = await ReadAsync<Page<PersonSummaryDto>>(await LookUpAsync(ClientFor(Roles.Council, _sở.Id)));
        var byAdmin = await ReadAsync<Page<PersonSummaryDto>>(await LookUpAsync(Admin));
        var outside = await LookUpAsync(ClientFor(Roles.Council, _otherSở.Id));
        var unknown = await LookUpAsync(ClientFor(Roles.Council, _otherSở.Id), "001185099999");
        var belowCouncil = await ReadAsync<Page<PersonSummaryDto>>(await LookUpAsync(ClientFor(Roles.Council, _college.Id)));

        byCouncil.Items.ShouldHaveSingleItem().Id.ShouldBe(_lan.Id);
        byAdmin.Items.ShouldHaveSingleItem().Id.ShouldBe(_lan.Id);
        outside.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldBe(await unknown.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<Page<PersonSummaryDto>>(outside)).Items.ShouldBeEmpty();
        belowCouncil.Items.ShouldBeEmpty(); // a council of a sibling unit is not over the hospital
        await ShouldBeProblemAsync(await LookUpAsync(ClientFor(Roles.Integration, _sở.Id, Scopes.Read, Scopes.Write)), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(await LookUpAsync(ClientFor(Roles.UnitOfficer, _hospital.Id)), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
    }

    [Fact]
    public async Task EveryLookup_IsAudited_WithTheIdMasked_RefusedOnesIncluded()
    {
        await ArrangeAsync();
        (await LookUpAsync(ClientFor(Roles.Council, _sở.Id))).EnsureSuccessStatusCode();
        (await LookUpAsync(ClientFor(Roles.Council, _otherSở.Id))).EnsureSuccessStatusCode();
        (await LookUpAsync(ClientFor(Roles.Council, _otherSở.Id), "001185099999")).EnsureSuccessStatusCode();
        (await LookUpAsync(ClientFor(Roles.UnitOfficer, _hospital.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var entries = (await ReadAsync<Page<AuditEntryDto>>(await Admin.GetAsync($"/api/v1/audit?resourceType={LookUpPersonQueryHandler.ResourceType}", Ct))).Items;
        var lanEntries = (await ReadAsync<Page<AuditEntryDto>>(await Admin.GetAsync($"/api/v1/audit?resourceId={_lan.Id}&resourceType={LookUpPersonQueryHandler.ResourceType}", Ct))).Items;

        entries.Count.ShouldBe(4);
        entries.Select(e => e.State.GetProperty("outcome").GetString()).ShouldBe(["refused", "not_found", "outside_authority", "found"]);
        entries.Select(e => e.Subject).ShouldBe(["test-unit-officer", "test-council", "test-council", "test-council"]);
        entries.ShouldAllBe(e => e.Action == "read" && e.Operation == nameof(LookUpPersonQuery));
        entries.Select(e => e.State.GetProperty("citizenId").GetString()).ShouldBe(["0011*****345", "0011*****999", "0011*****345", "0011*****345"]);
        entries.ShouldAllBe(e => !e.State.ToString().Contains("001185012345", StringComparison.Ordinal));
        entries[2].State.GetProperty("withheld").GetInt32().ShouldBe(1);
        lanEntries.Count.ShouldBe(2); // found and outside the authority: both name the person found
    }

    [Fact]
    public async Task TheLookup_IsRateLimitedPerSubject_ByItsOwnPolicy()
    {
        await ArrangeAsync();
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7)); // 42 s before the minute turns
        await using var limited = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:LookupPermitsPerMinute", "2"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Council, _sở.Id, [Scopes.Read, Scopes.Write]));

        for (var i = 0; i < 2; i++)
        {
            var allowed = await LookUpAsync(client);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues(RateLimiting.PolicyHeader).ShouldBe(["\"lookup\";q=2;w=60"]);
        }

        var rejected = await LookUpAsync(client);
        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin, null, [Scopes.Read, Scopes.Write]));

        await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
        (await client.GetAsync($"/api/v1/people/{_lan.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the rest of the API is not spent
        (await LookUpAsync(other)).StatusCode.ShouldBe(HttpStatusCode.OK); // another subject has its own quota
        Factory.Clock.Now = Factory.Clock.Now.Value.AddSeconds(42);
        (await LookUpAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK); // a new window
    }

    [Fact]
    public async Task TheDossierList_RefusesAFilterTheItemReadWouldRefuse_AndListsOnlyReadableDossiers()
    {
        await ArrangeAsync();
        var ours = await ReadAsync<NominationDto>(await ClientFor(Roles.UnitOfficer, _hospital.Id).PostAsJsonAsync(
            "/api/v1/nominations", new { proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị năm 2025" }, Json, Ct));
        var theirs = await ReadAsync<NominationDto>(await ClientFor(Roles.UnitOfficer, _otherHospital.Id).PostAsJsonAsync(
            "/api/v1/nominations", new { proposingUnitId = _otherHospital.Id, year = 2025, title = "Đề nghị năm 2025" }, Json, Ct));

        async Task<IReadOnlyList<Guid>> ListAsync(HttpClient client, string query = "") =>
            (await ReadAsync<Page<NominationSummaryDto>>(await client.GetAsync($"/api/v1/nominations{query}", Ct))).Items.Select(n => n.Id).ToList();

        (await ListAsync(Admin)).ShouldBe([theirs.Id, ours.Id], ignoreOrder: true);
        (await ListAsync(ClientFor(Roles.Council, _sở.Id))).ShouldBe([ours.Id]);
        (await ListAsync(ClientFor(Roles.Integration, _sở.Id, Scopes.Read))).ShouldBe([ours.Id]);
        (await ListAsync(ClientFor(Roles.UnitOfficer, _hospital.Id))).ShouldBe([ours.Id]);
        (await ListAsync(ClientFor(Roles.UnitOfficer, _college.Id))).ShouldBeEmpty();
        (await ListAsync(ClientFor(Roles.Council, _otherSở.Id), $"?proposingUnitId={_otherHospital.Id}")).ShouldBe([theirs.Id]);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.Council, _otherSở.Id).GetAsync($"/api/v1/nominations?proposingUnitId={_hospital.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, _college.Id).GetAsync($"/api/v1/nominations?proposingUnitId={_hospital.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.Integration, null, Scopes.Read).GetAsync("/api/v1/nominations", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Fact]
    public async Task RuleOutcomesThatReadPersonalData_AreLeftOutForIntegrationClients_OthersStay()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/disciplines", new
        {
            kind = "reprimand", from = "2025-01-06", to = "2025-02-28", reason = "Vi phạm quy chế chuyên môn", legalBasis = new { number = "3/QĐ-BV", date = "2025-01-06" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);
        var nomination = await ReadAsync<NominationDto>(await officer.PostAsJsonAsync(
            "/api/v1/nominations", new { proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị năm 2025" }, Json, Ct));
        (await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = _lan.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ", evidence = new[] { "Báo cáo thành tích" },
            justification = "Chấp hành xong kỷ luật ngày 28/02/2025; thành tích từ 01/3/2025 được tính",
        }, Json, Ct)).EnsureSuccessStatusCode();
        (await officer.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();

        var integrationRaw = await ClientFor(Roles.Integration, _sở.Id, Scopes.Read).GetStringAsync($"/api/v1/nominations/{nomination.Id}", Ct);
        var integration = System.Text.Json.JsonSerializer.Deserialize<NominationDto>(integrationRaw, Json)!.Lines.Single().Eligibility!;
        var council = (await ReadAsync<NominationDto>(await ClientFor(Roles.Council, _sở.Id).GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.Single().Eligibility!;

        council.Rules.Single(r => r.Rule == "discipline.none_in_year").Passed.ShouldBeFalse();
        (council.IsEligible, council.Withheld.Count).ShouldBe((false, 0));
        integration.Rules.Select(r => r.Rule).ShouldNotContain("discipline.none_in_year");
        integration.Rules.Select(r => r.Rule).ShouldNotContain("ldtt.rating_good");
        integration.Withheld.ShouldBe(["discipline.none_in_year", "ldtt.rating_good", "ldtt.time_worked", "hold.none"], ignoreOrder: true);
        integration.Rules.Select(r => r.Rule).ShouldContain("award.not_already_held");
        integration.Rules.ShouldAllBe(r => r.Facts == NominationLineDto.WithheldFacts && r.Evidence.Count == 0);
        (integration.IsEligible, integration.FailsOnlyJudgements).ShouldBe(((bool?)null, (bool?)null));
        integrationRaw.ShouldNotContain("Reprimand", Case.Insensitive);
        integrationRaw.ShouldNotContain("\"passed\":false");
    }
}
