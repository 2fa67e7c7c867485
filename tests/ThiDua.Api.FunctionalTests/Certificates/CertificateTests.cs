using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Certificates;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Certificates;

namespace ThiDua.Api.FunctionalTests.Certificates;

/// <summary>
/// The certificate register over HTTP (ADR 0027): a decision enters its awards in the issuer's register (gold-book and
/// certificate numbers from 1, per issuer and year, gap-free under concurrent decisions); the certificate prints as a PDF
/// whose text and QR code are read back; the public verification answers for valid, revoked and reissued certificates.
/// </summary>
public sealed class CertificateTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string Issuer = "Sở Y tế Hà Nam";

    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private HttpClient Officer => ClientFor(Roles.UnitOfficer, _hospital.Id);

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", Issuer, kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
    }

    private async Task<PersonDto> PersonAsync(string name, string gender = "female")
    {
        var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = name, gender, unitId = _hospital.Id, position = "Điều dưỡng trưởng khoa Nội", employedFrom = "2015-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{person.Id}/ratings/2025", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        return person;
    }

    /// <summary>A dossier of the hospital with Giấy khen lines for the people (and the hospital), reviewed and voted.</summary>
    private async Task<NominationDto> VotedAsync(IReadOnlyList<PersonDto> people, bool withHospital = false)
    {
        var created = await Officer.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị tặng Giấy khen năm 2025" }, Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var nomination = await ReadAsync<NominationDto>(created);
        foreach (var (personId, unitId) in people.Select(p => ((Guid?)p.Id, (Guid?)null)).Concat(withHospital ? [(null, _hospital.Id)] : []))
        {
            var line = await Officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                personId,
                unitId,
                awardTypeCode = personId is null ? "GIAY_KHEN_TAP_THE" : "GIAY_KHEN_CA_NHAN",
                achievementSummary = "Đã có thành tích xuất sắc trong phong trào thi đua \"Đổi mới phong cách, thái độ phục vụ\" năm 2025",
                evidence = new[] { "Báo cáo thành tích" },
            }, Json, Ct);
            line.StatusCode.ShouldBe(HttpStatusCode.Created, await line.Content.ReadAsStringAsync(Ct));
        }

        (await Officer.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();
        var inReview = await ReadAsync<NominationDto>(await Council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/council-review", new { }, Json, Ct));
        foreach (var line in inReview.Lines)
        {
            (await Council.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{line.Id}/vote", new { members = 9, present = 9, yes = 8 }, Json, Ct)).EnsureSuccessStatusCode();
        }

        return inReview;
    }

    private async Task<HttpResponseMessage> DecideAsync(Guid nominationId, string number, HttpClient? client = null) =>
        await (client ?? Council).PostAsJsonAsync(
            $"/api/v1/nominations/{nominationId}/decide", await Admin.DecisionBodyAsync(number, "2025-12-01", Issuer, "Trần Văn An", "Giám đốc Sở Y tế"), Json, Ct);

    private async Task<NominationDto> DecidedAsync(IReadOnlyList<PersonDto> people, string number = "120/QĐ-SYT", bool withHospital = false)
    {
        var nomination = await VotedAsync(people, withHospital);
        var response = await DecideAsync(nomination.Id, number);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<NominationDto>(response);
    }

    private async Task<AwardCertificatesDto> CertificateAsync(Guid awardId)
    {
        var response = await Admin.GetAsync($"/api/v1/awards/{awardId}/certificate", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<AwardCertificatesDto>(response);
    }

    private async Task<CertificatePdf> PdfAsync(Guid awardId, string query = "")
    {
        var response = await ClientFor(Roles.UnitOfficer, _hospital.Id).GetAsync($"/api/v1/awards/{awardId}/certificate.pdf{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        return CertificatePdf.Read(bytes);
    }

    private Task<HttpResponseMessage> ReissueAsync(Guid awardId, string? reason, HttpClient? client = null) =>
        (client ?? Council).PostAsJsonAsync($"/api/v1/awards/{awardId}/certificate/reissue", new { reason }, Json, Ct);

    private Task<HttpResponseMessage> VerifyAsync(string urlOrToken) =>
        Anonymous().GetAsync(urlOrToken.StartsWith("http", StringComparison.Ordinal) ? new Uri(urlOrToken).PathAndQuery : $"/verify/{urlOrToken}", Ct);

    private static string TokenOf(CertificateDto certificate) => certificate.VerificationUrl[(certificate.VerificationUrl.LastIndexOf('/') + 1)..];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(5, true)]
    public async Task ADecision_EntersEachAwardInTheIssuersRegister_From1_WithWhatTheCertificateSays(int people, bool withHospital)
    {
        await ArrangeAsync();
        var staff = new List<PersonDto>();
        for (var i = 1; i <= people; i++)
        {
            staff.Add(await PersonAsync($"Nguyễn Thị Mai {i:D2}"));
        }

        var decided = await DecidedAsync(staff, withHospital: withHospital);

        var certificates = new List<CertificateDto>();
        foreach (var line in decided.Lines)
        {
            var entry = await CertificateAsync(line.AwardId!.Value);
            entry.Earlier.ShouldBeEmpty();
            certificates.Add(entry.Current);
        }

        var count = people + (withHospital ? 1 : 0);
        certificates.Select(c => c.GoldBookNumber).Order().ShouldBe(Enumerable.Range(1, count));
        certificates.Select(c => c.CertificateNumber).Order().ShouldBe(Enumerable.Range(1, count));
        certificates.ShouldAllBe(c => c.GoldBookNumber == c.CertificateNumber && c.Year == 2025 && c.Issuer == Issuer && c.Status == CertificateStatus.Valid && !c.Reissue);
        certificates.Select(c => TokenOf(c)).Distinct().Count().ShouldBe(count);
        certificates.ShouldAllBe(c => TokenOf(c).Length == 22);
        var mai = certificates.Single(c => c.RecipientName == "Nguyễn Thị Mai 01");
        (mai.Salutation, mai.RecipientKind, mai.AwardName, mai.RecipientPosition, mai.UnitName).ShouldBe(("Bà", RecipientKind.Individual, "Giấy khen", "Điều dưỡng trưởng khoa Nội", "Bệnh viện Đa khoa tỉnh Hà Nam"));
        (mai.DecisionNumber, mai.DecisionDate, mai.Place, mai.SignerTitle, mai.SignerName).ShouldBe(("120/QĐ-SYT", new DateOnly(2025, 12, 1), "Hà Nam", "Giám đốc Sở Y tế", "Trần Văn An"));
        mai.AchievementText.ShouldStartWith("Đã có thành tích xuất sắc");
        mai.VerificationUrl.ShouldStartWith("http://localhost:8080/verify/");
        if (withHospital)
        {
            var hospital = certificates.Single(c => c.RecipientKind == RecipientKind.Collective);
            (hospital.Salutation, hospital.RecipientName, hospital.RecipientPosition).ShouldBe(("Tập thể", "Bệnh viện Đa khoa tỉnh Hà Nam", (string?)null));
        }
    }

    [Fact]
    public async Task TheNextDecisionOfTheIssuer_ContinuesTheRegister_AndAnotherYearStartsAgainAt1()
    {
        await ArrangeAsync();
        var first = await DecidedAsync([await PersonAsync("Lê Thị Hoa"), await PersonAsync("Trần Văn Bình", "male")]);
        var second = await DecidedAsync([await PersonAsync("Phạm Thị Thu")], "121/QĐ-SYT");

        var firstNumbers = new List<int>();
        foreach (var line in first.Lines)
        {
            firstNumbers.Add((await CertificateAsync(line.AwardId!.Value)).Current.GoldBookNumber);
        }

        firstNumbers.Order().ShouldBe([1, 2]);
        var third = await CertificateAsync(second.Lines.Single().AwardId!.Value);
        (third.Current.GoldBookNumber, third.Current.CertificateNumber).ShouldBe((3, 3));
        (await CertificateAsync(first.Lines.Single(l => l.NomineeName == "Trần Văn Bình").AwardId!.Value)).Current.Salutation.ShouldBe("Ông");

        Factory.Clock.Now = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
        var nextYear = await VotedAsync([await PersonAsync("Đỗ Thị Yến")]);
        var decided = await ReadAsync<NominationDto>(await Council.PostAsJsonAsync($"/api/v1/nominations/{nextYear.Id}/decide",
            await Admin.DecisionBodyAsync("2/QĐ-SYT", "2026-01-05", Issuer, "Trần Văn An", "Giám đốc Sở Y tế"), Json, Ct));
        var january = await CertificateAsync(decided.Lines.Single().AwardId!.Value);
        (january.Current.Year, january.Current.GoldBookNumber, january.Current.CertificateNumber).ShouldBe((2026, 1, 1));
    }

    [Fact]
    public async Task TwentyConcurrentDecisions_OfOneIssuer_GetNumbers1To20_UniqueWithoutGaps_AndRefusedOnesLeaveNoGap()
    {
        await ArrangeAsync();
        const int Decisions = 20;
        var nominations = new List<NominationDto>();
        for (var i = 1; i <= Decisions; i++)
        {
            nominations.Add(await VotedAsync([await PersonAsync($"Vũ Thị Lan {i:D2}")]));
        }

        // Four of them reuse the number of another decision: the second to commit is refused (decision_number_taken) and
        // rolls back, giving back the register numbers it had taken.
        var numbers = Enumerable.Range(1, Decisions).Select(i => i % 5 == 0 ? $"{200 + i - 1}/QĐ-SYT" : $"{200 + i}/QĐ-SYT").ToList();
        var bodies = new List<object>();
        foreach (var number in numbers)
        {
            bodies.Add(await Admin.DecisionBodyAsync(number, "2025-12-01", Issuer, "Trần Văn An", "Giám đốc Sở Y tế"));
        }

        using var start = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, Decisions).Select(_ => ClientFor(Roles.Council, _sở.Id)).ToList();
        var tasks = nominations.Select(async (n, i) =>
        {
            await start.WaitAsync(Ct);
            return await clients[i].PostAsJsonAsync($"/api/v1/nominations/{n.Id}/decide", bodies[i], Json, Ct);
        }).ToList();
        start.Release(Decisions);
        var responses = await Task.WhenAll(tasks);

        var decided = new List<NominationDto>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                decided.Add(await ReadAsync<NominationDto>(response));
            }
            else
            {
                await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, Domain.Nominations.NominationErrors.DecisionNumberTaken.Code);
            }
        }

        decided.Count.ShouldBe(Decisions - 4);
        var certificates = new List<CertificateDto>();
        foreach (var nomination in decided)
        {
            certificates.Add((await CertificateAsync(nomination.Lines.Single().AwardId!.Value)).Current);
        }

        certificates.Select(c => c.GoldBookNumber).Order().ShouldBe(Enumerable.Range(1, Decisions - 4));
        certificates.Select(c => c.CertificateNumber).Order().ShouldBe(Enumerable.Range(1, Decisions - 4));

        // Each certificate belongs to its own decision: the register follows the order in which decisions committed.
        certificates.Select(c => c.DecisionNumber).Distinct().Count().ShouldBe(Decisions - 4);
        var after = await DecidedAsync([await PersonAsync("Vũ Thị Lan 99")], "300/QĐ-SYT");
        (await CertificateAsync(after.Lines.Single().AwardId!.Value)).Current.GoldBookNumber.ShouldBe(Decisions - 4 + 1);
    }

    [Fact]
    public async Task ThePdf_OpensOnTheTemplatesPage_SaysTheNameDecisionAndGoldBookNumber_AndItsQrCodeVerifies()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Nguyễn Thị Ngọc Ánh"), await PersonAsync("Hoàng Văn Dũng", "male")]);
        var awardId = decided.Lines.Single(l => l.NomineeName == "Nguyễn Thị Ngọc Ánh").AwardId!.Value;
        var certificate = (await CertificateAsync(awardId)).Current;

        var pdf = await PdfAsync(awardId);

        (pdf.WidthMm, pdf.HeightMm).ShouldBe((297, 210)); // Giấy khen: the grassroots template, A4 landscape
        pdf.Says("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").ShouldBeTrue();
        pdf.Says("Độc lập - Tự do - Hạnh phúc").ShouldBeTrue();
        pdf.Says("SỞ Y TẾ HÀ NAM").ShouldBeTrue();
        pdf.Says("GIẤY KHEN").ShouldBeTrue();
        pdf.Says("Tặng").ShouldBeTrue();
        pdf.Says("Bà Nguyễn Thị Ngọc Ánh").ShouldBeTrue();
        pdf.Says("Điều dưỡng trưởng khoa Nội").ShouldBeTrue();
        pdf.Says("Bệnh viện Đa khoa tỉnh Hà Nam").ShouldBeTrue();
        pdf.Says("Đổi mới phong cách, thái độ phục vụ").ShouldBeTrue();
        pdf.Says("Quyết định số 120/QĐ-SYT ngày 01/12/2025").ShouldBeTrue();
        pdf.Says($"Số sổ vàng: {certificate.GoldBookNumber}").ShouldBeTrue();
        pdf.Says($"Số: {certificate.CertificateNumber}/2025").ShouldBeTrue();
        pdf.Says("Hà Nam, ngày 01 tháng 12 năm 2025").ShouldBeTrue();
        pdf.Says("GIÁM ĐỐC SỞ Y TẾ").ShouldBeTrue();
        pdf.Says("Trần Văn An").ShouldBeTrue();
        pdf.Says("CẤP LẠI").ShouldBeFalse();
        pdf.Says("Hoàng Văn Dũng").ShouldBeFalse();
        pdf.QrText.ShouldBe(certificate.VerificationUrl);

        var verified = await VerifyAsync(pdf.QrText!);

        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await verified.Content.ReadAsStringAsync(Ct)).RootElement;
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["recipientName", "award", "decisionNumber", "decisionDate", "status"], ignoreOrder: true);
        (body.GetProperty("recipientName").GetString(), body.GetProperty("award").GetString(), body.GetProperty("decisionNumber").GetString(), body.GetProperty("decisionDate").GetString(), body.GetProperty("status").GetString())
            .ShouldBe(("Nguyễn Thị Ngọc Ánh", "Giấy khen", "120/QĐ-SYT", "2025-12-01", "valid"));
    }

    [Fact]
    public async Task OnAPreprintedBlank_OnlyTheVariableFieldsArePrinted()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Nguyễn Thị Ngọc Ánh")]);

        var pdf = await PdfAsync(decided.Lines.Single().AwardId!.Value, "?blank=true");

        pdf.Says("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").ShouldBeFalse();
        pdf.Says("GIẤY KHEN").ShouldBeFalse();
        pdf.Says("SỞ Y TẾ HÀ NAM").ShouldBeFalse();
        pdf.Says("Bà Nguyễn Thị Ngọc Ánh").ShouldBeTrue();
        pdf.Says("Số sổ vàng: 1").ShouldBeTrue();
        pdf.QrText.ShouldNotBeNull();
    }

    [Fact]
    public async Task ARevokedAward_VerifiesAsRevoked_AndItsCertificateIsNeitherPrintedNorReissued()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Lê Thị Hoa")]);
        var awardId = decided.Lines.Single().AwardId!.Value;
        var certificate = (await CertificateAsync(awardId)).Current;
        (await ReadAsync<CertificateVerificationDto>(await VerifyAsync(certificate.VerificationUrl))).Status.ShouldBe(CertificateStatus.Valid);

        var revoked = await Council.PostAsJsonAsync($"/api/v1/awards/{awardId}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "130/QĐ-SYT", date = "2025-12-01", issuer = Issuer }, reason = "Hồ sơ kê khai không trung thực",
        }, Json, Ct);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync(Ct));

        var verified = await ReadAsync<CertificateVerificationDto>(await VerifyAsync(certificate.VerificationUrl));
        (verified.Status, verified.RecipientName, verified.DecisionNumber).ShouldBe((CertificateStatus.Revoked, "Lê Thị Hoa", "120/QĐ-SYT"));
        (await CertificateAsync(awardId)).Current.Status.ShouldBe(CertificateStatus.Revoked);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{awardId}/certificate.pdf", Ct), HttpStatusCode.Conflict, CertificateErrors.AwardRevoked.Code);
        await ShouldBeProblemAsync(await ReissueAsync(awardId, "Bị mất"), HttpStatusCode.Conflict, CertificateErrors.AwardRevoked.Code);
    }

    [Fact]
    public async Task AReissue_KeepsTheGoldBookNumber_TakesTheNextCertificateNumber_IsMarkedCapLai_AndTheOldCodeVerifiesAsSuperseded()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Lê Thị Hoa"), await PersonAsync("Phạm Thị Thu")]);
        var awardId = decided.Lines.Single(l => l.NomineeName == "Lê Thị Hoa").AwardId!.Value;
        var original = (await CertificateAsync(awardId)).Current;
        Factory.Clock.Now = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

        var response = await ReissueAsync(awardId, "Bằng bị hư hỏng do ngập lụt");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var entry = await ReadAsync<AwardCertificatesDto>(response);
        (entry.Current.Reissue, entry.Current.ReissueReason, entry.Current.ReplacesId, entry.Current.Status).ShouldBe((true, "Bằng bị hư hỏng do ngập lụt", (Guid?)original.Id, CertificateStatus.Valid));
        (entry.Current.GoldBookNumber, entry.Current.CertificateNumber, entry.Current.Year).ShouldBe((original.GoldBookNumber, 3, 2025));
        (entry.Current.RecipientName, entry.Current.DecisionNumber).ShouldBe((original.RecipientName, original.DecisionNumber));
        var earlier = entry.Earlier.ShouldHaveSingleItem();
        (earlier.Id, earlier.SupersededById, earlier.Status).ShouldBe((original.Id, (Guid?)entry.Current.Id, CertificateStatus.Superseded));
        TokenOf(entry.Current).ShouldNotBe(TokenOf(original));
        (await CertificateAsync(awardId)).ShouldBeEquivalentTo(entry);

        (await ReadAsync<CertificateVerificationDto>(await VerifyAsync(original.VerificationUrl))).Status.ShouldBe(CertificateStatus.Superseded);
        (await ReadAsync<CertificateVerificationDto>(await VerifyAsync(entry.Current.VerificationUrl))).Status.ShouldBe(CertificateStatus.Valid);
        var pdf = await PdfAsync(awardId);
        pdf.Says("CẤP LẠI ngày 10/03/2026").ShouldBeTrue();
        pdf.Says($"Số sổ vàng: {original.GoldBookNumber}").ShouldBeTrue();
        pdf.Says("Số: 3/2025").ShouldBeTrue();
        pdf.QrText.ShouldBe(entry.Current.VerificationUrl);

        var again = await ReadAsync<AwardCertificatesDto>(await ReissueAsync(awardId, "Bị mất"));
        (again.Current.CertificateNumber, again.Earlier.Count).ShouldBe((4, 2));
    }

    [Fact]
    public async Task ReissueErrors_AreProblemsWithTheirCodes()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Lê Thị Hoa")]);
        var awardId = decided.Lines.Single().AwardId!.Value;

        await ShouldBeValidationProblemAsync(await ReissueAsync(awardId, null), "reason");
        await ShouldBeValidationProblemAsync(await ReissueAsync(awardId, new string('x', Certificate.ReasonMaxLength + 1)), "reason");
        await ShouldBeProblemAsync(await ReissueAsync(awardId, "Bị mất", ClientFor(Roles.Council, _hospital.Id)), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await ReissueAsync(awardId, "Bị mất", Officer), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(await ReissueAsync(Guid.NewGuid(), "Bị mất"), HttpStatusCode.NotFound, NotFoundErrors.Award.Code);
        var imported = await ImportedAwardAsync();
        await ShouldBeProblemAsync(await ReissueAsync(imported, "Bị mất"), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code);
        (await CertificateAsync(awardId)).Earlier.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadErrors_AreProblemsWithTheirCodes_AndVerificationLeaksNothing()
    {
        await ArrangeAsync();
        var imported = await ImportedAwardAsync();

        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{Guid.NewGuid()}/certificate", Ct), HttpStatusCode.NotFound, NotFoundErrors.Award.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{Guid.NewGuid()}/certificate.pdf", Ct), HttpStatusCode.NotFound, NotFoundErrors.Award.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{imported}/certificate", Ct), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{imported}/certificate.pdf", Ct), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code);
        (await Anonymous().GetAsync($"/api/v1/awards/{imported}/certificate", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var unknown = await ShouldBeProblemAsync(await VerifyAsync(Certificate.NewToken()), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code);
        var malformed = await ShouldBeProblemAsync(await VerifyAsync("not-a-token"), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code);
        unknown.GetProperty("detail").GetString().ShouldBe(malformed.GetProperty("detail").GetString());
        await ShouldBeProblemAsync(await VerifyAsync(imported.ToString()), HttpStatusCode.NotFound, CertificateErrors.NotFound.Code); // not the award id
    }

    [Fact]
    public async Task Verification_IsRateLimitedPerClientAddress_OnItsOwnQuota_UnknownCodesIncluded()
    {
        await ArrangeAsync();
        var decided = await DecidedAsync([await PersonAsync("Lê Thị Hoa")]);
        var url = (await CertificateAsync(decided.Lines.Single().AwardId!.Value)).Current.VerificationUrl;
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7)); // 42 s before the minute turns
        await using var limited = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:VerifyPermitsPerMinute", "3"));
        var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var allowed = await client.GetAsync(new Uri(url).PathAndQuery, Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("RateLimit-Policy").ShouldBe(["\"verify\";q=3;w=60"]);
            allowed.Headers.GetValues("RateLimit").ShouldBe([$"\"verify\";r={2 - i};t=42"]);
        }

        (await client.GetAsync($"/verify/{Certificate.NewToken()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var rejected = await client.GetAsync(new Uri(url).PathAndQuery, Ct);

        await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin));
        (await client.GetAsync("/api/v1/certificate-templates", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the API's own quota is apart
        Factory.Clock.Now = Factory.Clock.Now.Value.AddSeconds(42);
        (await client.GetAsync(new Uri(url).PathAndQuery, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // a new window
    }

    [Fact]
    public async Task Templates_AreDataInMillimetres_PerIssuerLevel()
    {
        var templates = await ReadAsync<List<CertificateTemplateDto>>(await ClientFor(Roles.UnitOfficer, Guid.NewGuid()).GetAsync("/api/v1/certificate-templates", Ct));

        templates.Select(t => (t.Code, t.PageWidthMm, t.PageHeightMm)).ShouldBe([("province-400x300", 400, 300), ("prime-minister-450x350", 450, 350), ("grassroots-297x210", 297, 210)]);
        templates.Single(t => t.Code == "province-400x300").AwardLevels.ShouldBe([AwardLevel.Provincial]);
        templates.ShouldAllBe(t => t.Fields.Any(f => f.Field == "goldBook") && t.Fields.Any(f => f.Field == "recipient") && t.Qr.SizeMm > 0 && t.LegalBasis.Length > 0);
        templates.ShouldAllBe(t => t.Fields.All(f => f.XMm >= 0 && f.XMm + f.WidthMm <= t.PageWidthMm && f.YMm >= 0 && f.YMm < t.PageHeightMm));
        templates.ShouldAllBe(t => t.Qr.XMm + t.Qr.SizeMm <= t.PageWidthMm && t.Qr.YMm + t.Qr.SizeMm <= t.PageHeightMm);
    }

    private async Task<Guid> ImportedAwardAsync()
    {
        var person = await PersonAsync("Đinh Thị Nga");
        var response = await Council.PostAsJsonAsync($"/api/v1/people/{person.Id}/awards", new
        {
            awardTypeCode = "CSTDCS", year = 2023, commendationType = "merit", decision = new { number = "23/QĐ-SYT", date = "2024-01-15", issuer = Issuer },
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await ReadAsync<AwardRecordDto>(response)).Id;
    }
}
