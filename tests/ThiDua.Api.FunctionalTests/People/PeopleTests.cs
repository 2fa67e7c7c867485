using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Api.FunctionalTests.People;

/// <summary>People over HTTP: own-unit registration, personal data masking, ratings, initiatives, disciplines, transfers.</summary>
public sealed class PeopleTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private UnitDetailsDto _other = null!;

    private async Task ArrangeAsync()
    {
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        _other = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", parentId: _sở.Id, kind: "college", province: "Hà Nam");
    }

    private static object NewPerson(Guid unitId, string citizenId = "001185012345", string name = "Nguyễn Thị Lan") => new
    {
        fullName = name,
        gender = "female",
        birthDate = "1985-03-02",
        citizenId,
        unitId,
        position = "Bác sĩ khoa Nhi",
        employedFrom = "2015-01-01",
    };

    private static async Task<PersonDto> RegisterAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", body, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<PersonDto>(response);
    }

    [Fact]
    public async Task UnitOfficer_RegistersOwnStaff_AndOthersSeeMaskedPersonalData()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);

        var person = await RegisterAsync(officer, NewPerson(_hospital.Id));
        (await officer.PostAsJsonAsync($"/api/v1/people/{person.Id}/disciplines", new
        {
            kind = "reprimand", from = "2023-02-01", to = "2023-07-31", reason = "Vi phạm quy chế chuyên môn", legalBasis = new { number = "12/QĐ-BV", date = "2023-02-01" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var own = await ReadAsync<PersonDto>(await officer.GetAsync($"/api/v1/people/{person.Id}", Ct));
        var stranger = await ReadAsync<PersonDto>(await ClientFor(Roles.UnitOfficer, _other.Id).GetAsync($"/api/v1/people/{person.Id}", Ct));
        var council = await ReadAsync<PersonDto>(await ClientFor(Roles.Council, _sở.Id).GetAsync($"/api/v1/people/{person.Id}", Ct));

        (own.CitizenId, own.BirthDate, own.PersonalDataVisible).ShouldBe(("001185012345", new DateOnly(1985, 3, 2), true));
        own.Disciplines!.ShouldHaveSingleItem().Kind.ShouldBe(DisciplineKind.Reprimand);
        (stranger.CitizenId, stranger.BirthDate, stranger.Disciplines, stranger.PersonalDataVisible).ShouldBe(("0011*****345", (DateOnly?)null, (IReadOnlyList<DisciplineDto>?)null, false));
        council.CitizenId.ShouldBe("001185012345");
    }

    [Fact]
    public async Task Register_Returns403_ForAnotherUnit_409_ForATakenCitizenId_And400_ForABadOne()
    {
        await ArrangeAsync();
        await RegisterAsync(Admin, NewPerson(_hospital.Id));

        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, _other.Id).PostAsJsonAsync("/api/v1/people", NewPerson(_hospital.Id, "001185099999"), Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/people", NewPerson(_other.Id), Json, Ct), HttpStatusCode.Conflict, PersonErrors.CitizenIdTaken.Code);
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/people", NewPerson(_other.Id, "12345"), Json, Ct), "citizenId");
    }

    [Fact]
    public async Task RatingsInitiativesAndHolds_AreRecorded_AndAHoldCanBeLifted()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);
        var person = await RegisterAsync(officer, NewPerson(_hospital.Id));
        var url = $"/api/v1/people/{person.Id}";

        (await officer.PutAsJsonAsync($"{url}/ratings/2024", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        (await officer.PutAsJsonAsync($"{url}/ratings/2024", new { rating = "excellent", document = new { number = "05/QĐ-BV", date = "2025-01-10" } }, Json, Ct)).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"{url}/initiatives", new
        {
            title = "Quy trình chăm sóc sơ sinh non tháng", kind = "initiative", year = 2024, scope = "province", recognisingBody = "Hội đồng sáng kiến tỉnh",
            document = new { number = "88/QĐ-UBND", date = "2024-11-20" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var held = await ReadAsync<PersonDto>(await officer.PostAsJsonAsync($"{url}/disciplines", new
        {
            kind = "hold", from = "2025-03-01", reason = "Đang giải quyết đơn khiếu nại", legalBasis = new { number = "3/TB-BV", date = "2025-03-01" },
        }, Json, Ct));
        var endHold = $"{url}/disciplines/{held.Disciplines![0].Id}/end";

        // A hold is lifted by the authority over the unit when the person is cleared, not by the unit itself.
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync(endHold, new { lastDay = "2025-04-30" }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        var council = ClientFor(Roles.Council, _sở.Id);
        await ShouldBeProblemAsync(await council.PostAsJsonAsync(endHold, new { lastDay = "2025-01-01" }, Json, Ct), HttpStatusCode.UnprocessableEntity, PersonErrors.PeriodInvalid.Code);
        var lifted = await ReadAsync<PersonDto>(await council.PostAsJsonAsync(endHold, new { lastDay = "2025-04-30" }, Json, Ct));

        lifted.Ratings.ShouldHaveSingleItem().Rating.ShouldBe(PerformanceRating.Excellent);
        lifted.Initiatives.ShouldHaveSingleItem().Scope.ShouldBe(InitiativeScope.Province);
        lifted.Disciplines!.ShouldHaveSingleItem().To.ShouldBe(new DateOnly(2025, 4, 30));
        await ShouldBeProblemAsync(await council.PostAsJsonAsync(endHold, new { lastDay = "2025-12-31" }, Json, Ct), HttpStatusCode.Conflict, PersonErrors.DisciplineAlreadyEnded.Code);

        // A discipline period (not a hold) is ended by the unit itself.
        var warned = await ReadAsync<PersonDto>(await officer.PostAsJsonAsync($"{url}/disciplines", new
        {
            kind = "reprimand", from = "2025-06-01", reason = "Vi phạm quy chế chuyên môn", legalBasis = new { number = "12/QĐ-BV", date = "2025-06-01" },
        }, Json, Ct));
        var reprimand = warned.Disciplines!.Single(d => d.Kind == DisciplineKind.Reprimand);
        (await officer.PostAsJsonAsync($"{url}/disciplines/{reprimand.Id}/end", new { lastDay = "2025-11-30" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeValidationProblemAsync(await officer.PostAsJsonAsync($"{url}/disciplines", new { from = "2025-03-01", reason = "x", legalBasis = new { number = "3/TB-BV", date = "2025-03-01" } }, Json, Ct), "kind");
        await ShouldBeProblemAsync(await officer.PutAsJsonAsync($"{url}/ratings/2024", new { rating = "great" }, Json, Ct), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Transfer_KeepsTheEmploymentHistory()
    {
        await ArrangeAsync();
        var person = await RegisterAsync(Admin, NewPerson(_hospital.Id));
        var council = ClientFor(Roles.Council, _sở.Id);

        var early = await council.PostAsJsonAsync($"/api/v1/people/{person.Id}/transfers", new { unitId = _other.Id, position = "Giảng viên", from = "2014-12-31" }, Json, Ct);
        var moved = await ReadAsync<PersonDto>(await council.PostAsJsonAsync(
            $"/api/v1/people/{person.Id}/transfers", new { unitId = _other.Id, position = "Giảng viên", from = "2024-09-01" }, Json, Ct));
        var byOldOfficer = await ClientFor(Roles.UnitOfficer, _hospital.Id).PutAsJsonAsync(
            $"/api/v1/people/{person.Id}/ratings/2025", new { rating = "good" }, Json, Ct);

        await ShouldBeProblemAsync(early, HttpStatusCode.UnprocessableEntity, PersonErrors.TransferNotAfterCurrent.Code);
        moved.CurrentUnit.Code.ShouldBe("CDYT-HNAM");
        moved.Employments.Select(e => (e.Unit.Code, e.To)).ShouldBe([("BVDK-HNAM", (DateOnly?)new DateOnly(2024, 8, 31)), ("CDYT-HNAM", null)]);
        await ShouldBeProblemAsync(byOldOfficer, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task List_SearchesNamesWithoutDiacritics_AndCitizenIdIsForCouncils()
    {
        await ArrangeAsync();
        await RegisterAsync(Admin, NewPerson(_hospital.Id));
        await RegisterAsync(Admin, NewPerson(_other.Id, "001185054321", "Trần Văn Đức"));

        var found = await ReadAsync<Page<PersonSummaryDto>>(await Admin.GetAsync("/api/v1/people?q=van%20duc", Ct));
        var ofHospital = await ReadAsync<Page<PersonSummaryDto>>(await Admin.GetAsync($"/api/v1/people?unitId={_hospital.Id}", Ct));
        var byCitizen = await ReadAsync<Page<PersonSummaryDto>>(
            await ClientFor(Roles.Council, _sở.Id).PostAsJsonAsync("/api/v1/people/lookup", new { citizenId = "001185054321" }, Json, Ct));

        found.Items.ShouldHaveSingleItem().FullName.ShouldBe("Trần Văn Đức");
        ofHospital.Items.ShouldHaveSingleItem().Position.ShouldBe("Bác sĩ khoa Nhi");
        byCitizen.Items.ShouldHaveSingleItem().CurrentUnit.Code.ShouldBe("CDYT-HNAM");
        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, _hospital.Id).PostAsJsonAsync("/api/v1/people/lookup", new { citizenId = "001185054321" }, Json, Ct),
            HttpStatusCode.Forbidden,
            AccessGuard.RoleNotAllowed.Code);
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/people/lookup", new { citizenId = "0011" }, Json, Ct), "citizenId");
    }

    [Fact]
    public async Task Transfer_ToTheSameUnit_OrToADissolvedOne_Returns422()
    {
        await ArrangeAsync();
        var person = await RegisterAsync(Admin, NewPerson(_hospital.Id));
        var gone = await Admin.CreateUnitAsync("TTYT-OLD", parentId: _sở.Id, province: "Hà Nam");
        (await Admin.PostAsJsonAsync($"/api/v1/units/{gone.Id}/lineage-events", new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() }, Json, Ct))
            .EnsureSuccessStatusCode();

        var same = await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/transfers", new { unitId = _hospital.Id, position = "Trưởng khoa", from = "2024-01-01" }, Json, Ct);
        var dissolved = await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/transfers", new { unitId = gone.Id, position = "Bác sĩ", from = "2024-01-01" }, Json, Ct);

        await ShouldBeProblemAsync(same, HttpStatusCode.UnprocessableEntity, PersonErrors.SameUnit.Code);
        await ShouldBeProblemAsync(dissolved, HttpStatusCode.UnprocessableEntity, PersonErrors.UnitNotActive.Code);
    }

    [Fact]
    public async Task AnUnknownDiscipline_Is422_AndAStaleUpdate_Is412()
    {
        await ArrangeAsync();
        var person = await RegisterAsync(Admin, NewPerson(_hospital.Id));

        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/disciplines/{Guid.NewGuid()}/end", new { lastDay = "2025-06-30" }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            PersonErrors.DisciplineNotFound.Code);
        (await Admin.PutAsJsonAsync($"/api/v1/people/{person.Id}/ratings/2025", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{person.Id}")
        {
            Content = JsonContent.Create(new { fullName = "Nguyễn Thị Lan Anh", gender = "female" }, options: Json),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{person.Version}\"");
        await ShouldBeProblemAsync(await Admin.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task AnIntegrationClient_ThatWrites_GetsThePersonMaskedExactlyAsItsGetShowsThem()
    {
        // An integration client may record for the units of its authority but never sees personal data (issue 16 part 5:
        // the answer after a write is shaped for the caller in the same place as a GET).
        await ArrangeAsync();
        var integration = ClientFor(Roles.Integration, _sở.Id, "thidua.read", "thidua.write");

        var registered = await RegisterAsync(integration, NewPerson(_hospital.Id));
        var rated = await integration.PutAsJsonAsync($"/api/v1/people/{registered.Id}/ratings/2024", new { rating = "excellent" }, Json, Ct);
        rated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterRating = await ReadAsync<PersonDto>(rated);
        var read = await integration.GetAsync($"/api/v1/people/{registered.Id}", Ct);
        var got = await ReadAsync<PersonDto>(read);
        var full = await ReadAsync<PersonDto>(await Admin.GetAsync($"/api/v1/people/{registered.Id}", Ct));

        (registered.CitizenId, registered.BirthDate, registered.Disciplines, registered.PersonalDataVisible)
            .ShouldBe(("0011*****345", (DateOnly?)null, (IReadOnlyList<DisciplineDto>?)null, false));
        afterRating.Ratings.ShouldBeNull(); // ratings are personal data (issue 15 item 2): the client records them but does not read them back
        full.Ratings!.ShouldHaveSingleItem().Rating.ShouldBe(PerformanceRating.Excellent);
        System.Text.Json.JsonSerializer.Serialize(afterRating, Json).ShouldBe(System.Text.Json.JsonSerializer.Serialize(got, Json));
        rated.Headers.ETag.ShouldBe(read.Headers.ETag);
        (full.CitizenId, full.BirthDate, full.PersonalDataVisible).ShouldBe(("001185012345", new DateOnly(1985, 3, 2), true));
    }
}
