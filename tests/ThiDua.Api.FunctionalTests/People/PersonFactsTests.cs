using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;

namespace ThiDua.Api.FunctionalTests.People;

/// <summary>
/// Leave periods, positions held and retirement over HTTP against PostgreSQL: each error path with its status and code,
/// personal data masking, and eligibility that reads them (R5 maternity leave, R7 women leaders, R14 long service).
/// </summary>
public sealed class PersonFactsTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private UnitDetailsDto _college = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        _college = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", parentId: _sở.Id, kind: "college", province: "Hà Nam");
    }

    private async Task<PersonDto> RegisterAsync(Guid unitId, string name = "Nguyễn Thị Lan", string gender = "female", string position = "Bác sĩ")
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = name, gender, birthDate = "1968-03-02", unitId, position, employedFrom = "1990-01-01",
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<PersonDto>(response);
    }

    private static object Doc(string date, string number = "12/QĐ-SYT") => new { number, date, issuer = "Sở Y tế Hà Nam" };

    private static Task<HttpResponseMessage> LeaveAsync(HttpClient client, Guid personId, string? kind, string from, string? to, string docDate = "2025-01-02") =>
        client.PostAsJsonAsync($"/api/v1/people/{personId}/leaves", new { kind, from, to, document = Doc(docDate) }, Json, Ct);

    private static Task<HttpResponseMessage> PositionAsync(HttpClient client, Guid personId, string title, string? level, string from, string? to = null, string? docDate = null) =>
        client.PostAsJsonAsync($"/api/v1/people/{personId}/positions", new { title, level, from, to, appointment = Doc(docDate ?? from, "45/QĐ-UBND") }, Json, Ct);

    private static Task<HttpResponseMessage> RetirementAsync(HttpClient client, Guid personId, string kind, string retiresOn, string docDate, bool higherRetirementAge = false) =>
        client.PutAsJsonAsync($"/api/v1/people/{personId}/retirement", new { kind, retiresOn, higherRetirementAge, document = Doc(docDate, "88/TB-SYT") }, Json, Ct);

    private async Task<EligibilityResult> EligibilityAsync(Guid personId, string query) =>
        await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/people/{personId}/eligibility?{query}", Ct));

    [Fact]
    public async Task Leaves_AreRecordedAndEnded_AndEachErrorHasItsCode()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);
        var lan = await RegisterAsync(_hospital.Id);
        var url = $"/api/v1/people/{lan.Id}/leaves";

        var created = await LeaveAsync(officer, lan.Id, "maternity", "2025-02-01", "2025-07-31");
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var sick = await ReadAsync<PersonDto>(await LeaveAsync(officer, lan.Id, "sickness", "2026-05-04", null, "2026-05-04"));
        var maternity = sick.Leaves!.Single(l => l.Kind == LeaveKind.Maternity);
        (maternity.CountsAsWorked, maternity.From, maternity.To, maternity.Document.Number).ShouldBe((true, new DateOnly(2025, 2, 1), (DateOnly?)new DateOnly(2025, 7, 31), "12/QĐ-SYT"));
        var open = sick.Leaves!.Single(l => l.Kind == LeaveKind.Sickness);
        open.CountsAsWorked.ShouldBeFalse();

        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "study", "2025-07-31", "2025-09-30"), HttpStatusCode.UnprocessableEntity, PersonErrors.LeaveOverlaps.Code);
        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "study", "2026-05-20", "2026-05-30", "2026-05-04"), HttpStatusCode.UnprocessableEntity, PersonErrors.LeaveOverlaps.Code);
        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "study", "2024-09-30", "2024-09-01"), HttpStatusCode.UnprocessableEntity, PersonErrors.PeriodInvalid.Code);
        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "study", "1989-09-01", "1990-06-30"), HttpStatusCode.UnprocessableEntity, PersonErrors.LeaveBeforeEmployment.Code);
        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "study", "2026-09-01", "2027-06-30", "2026-06-02"), HttpStatusCode.UnprocessableEntity, PersonErrors.DocumentInFuture.Code);
        await ShouldBeProblemAsync(await LeaveAsync(officer, lan.Id, "holiday", "2024-09-01", "2024-09-30"), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        await ShouldBeValidationProblemAsync(await LeaveAsync(officer, lan.Id, null, "2024-09-01", "2024-09-30"), "kind");
        await ShouldBeValidationProblemAsync(await officer.PostAsJsonAsync(url, new { kind = "study", from = "2024-09-01" }, Json, Ct), "document");
        await ShouldBeProblemAsync(await LeaveAsync(Admin, Guid.NewGuid(), "study", "2024-09-01", "2024-09-30"), HttpStatusCode.NotFound, NotFoundErrors.Person.Code);
        await ShouldBeProblemAsync(await LeaveAsync(ClientFor(Roles.UnitOfficer, _college.Id), lan.Id, "study", "2024-09-01", "2024-09-30"), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);

        var end = $"{url}/{open.Id}/end";
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync(end, new { lastDay = "2026-05-03" }, Json, Ct), HttpStatusCode.UnprocessableEntity, PersonErrors.PeriodInvalid.Code);
        await ShouldBeValidationProblemAsync(await officer.PostAsJsonAsync(end, new { }, Json, Ct), "lastDay");
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync($"{url}/{Guid.NewGuid()}/end", new { lastDay = "2026-05-15" }, Json, Ct), HttpStatusCode.NotFound, NotFoundErrors.PersonLeave.Code);
        var ended = await ReadAsync<PersonDto>(await officer.PostAsJsonAsync(end, new { lastDay = "2026-05-15" }, Json, Ct));
        ended.Leaves!.Single(l => l.Id == open.Id).To.ShouldBe(new DateOnly(2026, 5, 15));
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync(end, new { lastDay = "2026-05-20" }, Json, Ct), HttpStatusCode.Conflict, PersonErrors.LeaveAlreadyEnded.Code);
        var withStudy = await ReadAsync<PersonDto>(await LeaveAsync(officer, lan.Id, "study", "2026-05-16", "2026-05-30", "2026-05-15"));

        // A leave entered by mistake is removed (the audit log keeps it), once.
        var study = withStudy.Leaves!.Single(l => l.Kind == LeaveKind.Study).Id;
        await ShouldBeProblemAsync(await ClientFor(Roles.UnitOfficer, _college.Id).DeleteAsync($"{url}/{study}", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        (await officer.DeleteAsync($"{url}/{study}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeProblemAsync(await officer.DeleteAsync($"{url}/{study}", Ct), HttpStatusCode.NotFound, NotFoundErrors.PersonLeave.Code);
        (await ReadAsync<PersonDto>(await officer.GetAsync($"/api/v1/people/{lan.Id}", Ct))).Leaves!.Select(l => l.Kind).ShouldBe([LeaveKind.Sickness, LeaveKind.Maternity]);
    }

    [Fact]
    public async Task Positions_AreRecordedAndEnded_AndEachErrorHasItsCode()
    {
        await ArrangeAsync();
        var hoa = await RegisterAsync(_sở.Id, "Trần Thị Hoa", position: "Phó Giám đốc Sở");
        var officer = ClientFor(Roles.UnitOfficer, _sở.Id);

        var deputy = await PositionAsync(officer, hoa.Id, "Phó Giám đốc Sở Y tế Hà Nam", "departmentDeputy", "2015-03-01");
        deputy.StatusCode.ShouldBe(HttpStatusCode.Created, await deputy.Content.ReadAsStringAsync(Ct));
        var recorded = await ReadAsync<PersonDto>(await PositionAsync(officer, hoa.Id, "Trưởng phòng Nghiệp vụ Y", "subUnitHead", "2010-01-01", "2015-02-28"));
        recorded.Positions.Select(p => (p.Level, p.IsLeadership)).ShouldBe([(PositionLevel.DepartmentDeputy, true), (PositionLevel.SubUnitHead, true)]);
        var deputyId = recorded.Positions[0].Id;

        await ShouldBeProblemAsync(await PositionAsync(officer, hoa.Id, "Giám đốc Sở Y tế Hà Nam", "departmentHead", "2026-06-02", docDate: "2026-05-30"), HttpStatusCode.UnprocessableEntity, PersonErrors.PositionInFuture.Code);
        await ShouldBeProblemAsync(await PositionAsync(officer, hoa.Id, "phó giám đốc sở y tế hà nam", "departmentDeputy", "2020-01-01"), HttpStatusCode.UnprocessableEntity, PersonErrors.PositionOverlaps.Code);
        await ShouldBeProblemAsync(await PositionAsync(officer, hoa.Id, "Trưởng khoa", "subUnitHead", "2009-01-01", "2008-12-31"), HttpStatusCode.UnprocessableEntity, PersonErrors.PeriodInvalid.Code);
        await ShouldBeProblemAsync(await PositionAsync(officer, hoa.Id, "Giám đốc Sở Y tế Hà Nam", "departmentHead", "2026-06-01", docDate: "2026-06-02"), HttpStatusCode.UnprocessableEntity, PersonErrors.DocumentInFuture.Code);
        await ShouldBeProblemAsync(await PositionAsync(officer, hoa.Id, "Giám đốc", "minister", "2020-01-01"), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        await ShouldBeValidationProblemAsync(await PositionAsync(officer, hoa.Id, "", "departmentHead", "2020-01-01"), "title");
        await ShouldBeValidationProblemAsync(await PositionAsync(officer, hoa.Id, "Giám đốc", null, "2020-01-01"), "level");
        await ShouldBeProblemAsync(await PositionAsync(Admin, Guid.NewGuid(), "Giám đốc", "unitHead", "2020-01-01"), HttpStatusCode.NotFound, NotFoundErrors.Person.Code);
        await ShouldBeProblemAsync(await PositionAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), hoa.Id, "Giám đốc", "unitHead", "2020-01-01"), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);

        // A concurrent post is recorded, and removed when it was entered by mistake; the position ends on its last day, once.
        var concurrent = (await ReadAsync<PersonDto>(await PositionAsync(officer, hoa.Id, "Phó Chủ tịch Hội đồng thi đua, khen thưởng Sở", "departmentDeputy", "2018-01-01")))
            .Positions.Single(p => p.Title.StartsWith("Phó Chủ tịch", StringComparison.Ordinal)).Id;
        (await officer.DeleteAsync($"/api/v1/people/{hoa.Id}/positions/{concurrent}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeProblemAsync(await officer.DeleteAsync($"/api/v1/people/{hoa.Id}/positions/{concurrent}", Ct), HttpStatusCode.NotFound, NotFoundErrors.PersonPosition.Code);
        var end = $"/api/v1/people/{hoa.Id}/positions/{deputyId}/end";
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync(end, new { lastDay = "2015-02-28" }, Json, Ct), HttpStatusCode.UnprocessableEntity, PersonErrors.PeriodInvalid.Code);
        await ShouldBeProblemAsync(
            await officer.PostAsJsonAsync($"/api/v1/people/{hoa.Id}/positions/{Guid.NewGuid()}/end", new { lastDay = "2026-05-31" }, Json, Ct), HttpStatusCode.NotFound, NotFoundErrors.PersonPosition.Code);
        var ended = await ReadAsync<PersonDto>(await officer.PostAsJsonAsync(end, new { lastDay = "2026-05-31" }, Json, Ct));
        ended.Positions.Single(p => p.Id == deputyId).To.ShouldBe(new DateOnly(2026, 5, 31));
        ended.Positions.Count.ShouldBe(2);
        await ShouldBeProblemAsync(await officer.PostAsJsonAsync(end, new { lastDay = "2026-06-01" }, Json, Ct), HttpStatusCode.Conflict, PersonErrors.PositionAlreadyEnded.Code);
    }

    [Fact]
    public async Task Retirement_IsRecordedAndReplaced_AndEachErrorHasItsCode()
    {
        await ArrangeAsync();
        var hoa = await RegisterAsync(_sở.Id, "Trần Thị Hoa");

        await ShouldBeProblemAsync(await RetirementAsync(Council, hoa.Id, "notice", "2026-12-01", "2026-06-02"), HttpStatusCode.UnprocessableEntity, PersonErrors.DocumentInFuture.Code);
        await ShouldBeProblemAsync(await RetirementAsync(Admin, hoa.Id, "notice", "1989-12-31", "2026-06-01"), HttpStatusCode.UnprocessableEntity, PersonErrors.RetirementBeforeEmployment.Code);
        await ShouldBeProblemAsync(await RetirementAsync(Admin, hoa.Id, "resignation", "2026-12-01", "2026-06-01"), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        await ShouldBeProblemAsync(await RetirementAsync(Admin, Guid.NewGuid(), "notice", "2026-12-01", "2026-06-01"), HttpStatusCode.NotFound, NotFoundErrors.Person.Code);
        await ShouldBeProblemAsync(await RetirementAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), hoa.Id, "notice", "2026-12-01", "2026-06-01"), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeValidationProblemAsync(await Admin.PutAsJsonAsync($"/api/v1/people/{hoa.Id}/retirement", new { kind = "notice", retiresOn = "2026-12-01" }, Json, Ct), "document");

        var notice = await ReadAsync<PersonDto>(await RetirementAsync(Council, hoa.Id, "notice", "2026-12-01", "2026-06-01"));
        notice.Retirement!.NotifiedOn.ShouldBe(new DateOnly(2026, 6, 1));
        var decision = await ReadAsync<PersonDto>(await RetirementAsync(Council, hoa.Id, "decision", "2026-12-02", "2026-06-01", higherRetirementAge: true));
        (decision.Retirement!.Kind, decision.Retirement.RetiresOn, decision.Retirement.HigherRetirementAge).ShouldBe((RetirementKind.Decision, new DateOnly(2026, 12, 2), true));
    }

    [Fact]
    public async Task LeaveAndRetirement_ArePersonalData_PositionsAreNot()
    {
        await ArrangeAsync();
        var hoa = await RegisterAsync(_sở.Id, "Trần Thị Hoa");
        (await LeaveAsync(Admin, hoa.Id, "sickness", "2025-03-03", "2025-03-07")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PositionAsync(Admin, hoa.Id, "Phó Giám đốc Sở Y tế Hà Nam", "departmentDeputy", "2015-03-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RetirementAsync(Admin, hoa.Id, "notice", "2026-12-01", "2026-06-01")).EnsureSuccessStatusCode();

        var own = await ReadAsync<PersonDto>(await ClientFor(Roles.UnitOfficer, _sở.Id).GetAsync($"/api/v1/people/{hoa.Id}", Ct));
        var otherUnit = await ReadAsync<PersonDto>(await ClientFor(Roles.UnitOfficer, _hospital.Id).GetAsync($"/api/v1/people/{hoa.Id}", Ct));
        var integration = await ReadAsync<PersonDto>(await ClientFor(Roles.Integration, _sở.Id, "thidua.read").GetAsync($"/api/v1/people/{hoa.Id}", Ct));

        own.Leaves.ShouldHaveSingleItem();
        own.Retirement.ShouldNotBeNull();
        foreach (var masked in new[] { otherUnit, integration })
        {
            (masked.Leaves, masked.Retirement, masked.PersonalDataVisible).ShouldBe(((IReadOnlyList<LeaveDto>?)null, (RetirementDto?)null, false));
            masked.Positions.ShouldHaveSingleItem().Level.ShouldBe(PositionLevel.DepartmentDeputy);
        }
    }

    [Fact]
    public async Task MaternityLeave_CountsAsTimeWorked_InTheEligibilityOutcome()
    {
        await ArrangeAsync();
        var lan = await RegisterAsync(_hospital.Id);
        (await Admin.PutAsJsonAsync($"/api/v1/people/{lan.Id}/ratings/2025", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        (await LeaveAsync(Admin, lan.Id, "maternity", "2025-01-01", "2025-06-30")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var withMaternity = await EligibilityAsync(lan.Id, "awardType=LDTT&year=2025&on=2025-12-01");
        (await LeaveAsync(Admin, lan.Id, "sickness", "2025-09-01", "2025-10-31")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var withSickLeave = await EligibilityAsync(lan.Id, "awardType=LDTT&year=2025&on=2025-12-01");

        withMaternity.IsEligible.ShouldBe(true);
        var counted = withMaternity.Rules.Single(r => r.Rule == "ldtt.time_worked");
        counted.Facts.ShouldContain("counted as time worked");
        counted.LegalBasis.ShouldContain("Điều 4.5");
        var absent = withSickLeave.Failures.ShouldHaveSingleItem();
        (absent.Rule, absent.Kind).ShouldBe(("ldtt.time_worked", RuleKind.Judgement));
        absent.Facts.ShouldContain("absent 45 working days in 2025");
    }

    private async Task<PersonDto> LeaderAsync(string name, string gender, string deputyFrom, string? warningFrom = null)
    {
        var leader = await RegisterAsync(_sở.Id, name, gender, "Phó Giám đốc Sở");
        (await PositionAsync(Admin, leader.Id, "Phó Giám đốc Sở Y tế Hà Nam", "departmentDeputy", deputyFrom, "2026-05-31")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RetirementAsync(Admin, leader.Id, "notice", "2026-12-01", "2026-06-01")).EnsureSuccessStatusCode();
        if (warningFrom is not null)
        {
            (await Admin.PostAsJsonAsync($"/api/v1/people/{leader.Id}/disciplines", new
            {
                kind = "warning", from = warningFrom, to = "2021-12-31", reason = "Vi phạm quy định quản lý đấu thầu", legalBasis = new { number = "15/QĐ-UBND", date = warningFrom },
            }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return leader;
    }

    [Fact]
    public async Task ALongServiceProposal_ForALeaderWithA2021Warning_IsNotEligible_AndIsBarredAtSubmission()
    {
        await ArrangeAsync();
        var clean = await LeaderAsync("Phạm Văn Minh", "male", "2014-01-01");
        var warned = await LeaderAsync("Trần Thị Hoa", "female", "2014-01-01", warningFrom: "2021-03-01");
        const string Query = "awardType=HUAN_CHUONG_LAO_DONG_HANG_BA&year=2026&commendationType=longService";

        var eligible = await EligibilityAsync(clean.Id, Query);
        var barred = await EligibilityAsync(warned.Id, Query);
        var bangKhen = await EligibilityAsync(warned.Id, "awardType=BANG_KHEN_TINH_CA_NHAN&year=2026&commendationType=longService");

        eligible.IsEligible.ShouldBe(true);
        eligible.Rules.Single(r => r.Rule == "long_service.leadership_time").Passed.ShouldBeTrue();
        barred.IsEligible.ShouldBe(false);
        var failure = barred.Failures.ShouldHaveSingleItem();
        (failure.Rule, failure.Kind).ShouldBe(("long_service.no_discipline_in_leadership", RuleKind.Bar));
        failure.Facts.ShouldContain("warning 2021-03-01–2021-12-31");
        bangKhen.Failures.ShouldHaveSingleItem().Rule.ShouldBe("long_service.no_discipline_in_leadership");

        var draft = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = _sở.Id, year = 2026, commendationType = "longService", title = "Đề nghị khen thưởng quá trình cống hiến",
        }, Json, Ct));
        (await Admin.PostAsJsonAsync($"/api/v1/nominations/{draft.Id}/lines", new
        {
            personId = warned.Id, awardTypeCode = "HUAN_CHUONG_LAO_DONG_HANG_BA", achievementSummary = "Quá trình cống hiến", evidence = new[] { "Báo cáo thành tích (Mẫu 06)" },
            justification = "Đề nghị xem xét",
        }, Json, Ct)).EnsureSuccessStatusCode();
        var problem = await ShouldBeProblemAsync(await Admin.SubmitNominationAsync(draft.Id), HttpStatusCode.UnprocessableEntity, NominationErrors.LineBarred.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("long_service.no_discipline_in_leadership");
    }

    [Fact]
    public async Task AWomanLeader_NeedsOneThirdLessTime_AndRetirementMustBeNotified()
    {
        await ArrangeAsync();
        // Deputy director from 2019-06-01 to the day before today: seven years, short of ten for a man, over 6 y 8 m for a woman.
        var woman = await LeaderAsync("Trần Thị Hoa", "female", "2019-06-01");
        var man = await LeaderAsync("Phạm Văn Minh", "male", "2019-06-01");
        var notYet = await RegisterAsync(_sở.Id, "Lê Văn Nam", "male", "Phó Giám đốc Sở");
        (await PositionAsync(Admin, notYet.Id, "Phó Giám đốc Sở Y tế Hà Nam", "departmentDeputy", "2010-01-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
        const string Query = "awardType=HUAN_CHUONG_LAO_DONG_HANG_BA&year=2026&commendationType=longService";

        var forWoman = (await EligibilityAsync(woman.Id, Query)).Rules.Single(r => r.Rule == "long_service.leadership_time");
        var forMan = (await EligibilityAsync(man.Id, Query)).Rules.Single(r => r.Rule == "long_service.leadership_time");
        var notNotified = await EligibilityAsync(notYet.Id, Query);
        var beforeNotice = await EligibilityAsync(woman.Id, $"{Query}&on=2026-05-31");

        forWoman.Passed.ShouldBeTrue();
        forWoman.Facts.ShouldContain("reduced by one third");
        forMan.Passed.ShouldBeFalse();
        notNotified.Failures.ShouldHaveSingleItem().Rule.ShouldBe("long_service.retirement_notified");
        beforeNotice.Failures.Select(f => f.Rule).ShouldContain("long_service.retirement_notified");
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsTheCodesOfTheNewEndpoints()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = document.RootElement.GetProperty("paths");

        void ShouldDescribe(string path, string method, string[] codes, string[] statuses)
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            var description = operation.GetProperty("description").GetString()!;
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
            foreach (var code in codes)
            {
                description.ShouldContain($"`{code}`", Case.Sensitive);
            }

            foreach (var status in statuses)
            {
                operation.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"{method} {path}: {status} is not declared");
            }
        }

        ShouldDescribe(
            "/api/v1/people/{personId}/leaves", "post",
            [PersonErrors.PeriodInvalid.Code, PersonErrors.LeaveOverlaps.Code, PersonErrors.LeaveBeforeEmployment.Code, PersonErrors.DocumentInFuture.Code, NotFoundErrors.Person.Code, FrameworkErrors.MalformedRequest.Code],
            ["201", "400", "403", "404", "422"]);
        ShouldDescribe("/api/v1/people/{personId}/leaves/{leaveId}/end", "post", [NotFoundErrors.PersonLeave.Code, PersonErrors.LeaveAlreadyEnded.Code, PersonErrors.PeriodInvalid.Code], ["200", "400", "404", "409", "422"]);
        ShouldDescribe(
            "/api/v1/people/{personId}/positions", "post",
            [PersonErrors.PeriodInvalid.Code, PersonErrors.PositionInFuture.Code, PersonErrors.PositionOverlaps.Code, PersonErrors.DocumentInFuture.Code, FrameworkErrors.MalformedRequest.Code],
            ["201", "400", "403", "404", "422"]);
        ShouldDescribe("/api/v1/people/{personId}/positions/{positionId}/end", "post", [NotFoundErrors.PersonPosition.Code, PersonErrors.PositionAlreadyEnded.Code, PersonErrors.PeriodInvalid.Code], ["200", "400", "404", "409", "422"]);
        ShouldDescribe("/api/v1/people/{personId}/leaves/{leaveId}", "delete", [NotFoundErrors.PersonLeave.Code], ["204", "404"]);
        ShouldDescribe("/api/v1/people/{personId}/positions/{positionId}", "delete", [NotFoundErrors.PersonPosition.Code], ["204", "404"]);
        ShouldDescribe("/api/v1/people/{personId}/retirement", "put", [PersonErrors.DocumentInFuture.Code, PersonErrors.RetirementBeforeEmployment.Code, FrameworkErrors.MalformedRequest.Code], ["200", "400", "404", "422"]);
    }
}
