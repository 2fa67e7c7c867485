using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// ADR 0019: problems speak Vietnamese by default and English on <c>Accept-Language: en</c>; the <c>code</c> never
/// changes. Each case sends the same request without the header, with <c>vi</c>, <c>vi-VN</c>, an unsupported language
/// (falls back to Vietnamese), <c>en</c> and <c>en-US</c>.
/// </summary>
public sealed class LocalizationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string AllowedKinds = "department, hospital, centre, subDepartment, college, other";

    /// <summary>null: no <c>Accept-Language</c> at all.</summary>
    public static TheoryData<string?> VietnameseRequests => new() { (string?)null, "vi", "vi-VN", "fr-FR", "ja, fr;q=0.8", "vi-VN,vi;q=0.9,en;q=0.8" };

    public static TheoryData<string> EnglishRequests => new() { "en", "en-US", "fr;q=0.5, en-GB;q=0.9" };

    [Theory]
    [MemberData(nameof(VietnameseRequests))]
    public async Task ABusinessRule_422_IsInVietnamese_ByDefault(string? language)
    {
        var response = await MergeIntoItselfAsync(language);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.MergeIntoItself.Code, "vi");
        problem.GetProperty("title").GetString().ShouldBe("Vi phạm quy tắc nghiệp vụ");
        problem.GetProperty("detail").GetString().ShouldBe("Đơn vị không thể sáp nhập vào chính mình.");
    }

    [Theory]
    [MemberData(nameof(EnglishRequests))]
    public async Task ABusinessRule_422_IsInEnglish_OnRequest(string language)
    {
        var response = await MergeIntoItselfAsync(language);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.MergeIntoItself.Code, "en");
        problem.GetProperty("title").GetString().ShouldBe("Business rule violated");
        problem.GetProperty("detail").GetString().ShouldBe("A unit cannot be merged into itself.");
    }

    [Theory]
    [InlineData(null, "Xung đột với trạng thái hiện tại", "Mã này đã được một đơn vị khác sử dụng.")]
    [InlineData("vi-VN", "Xung đột với trạng thái hiện tại", "Mã này đã được một đơn vị khác sử dụng.")]
    [InlineData("de", "Xung đột với trạng thái hiện tại", "Mã này đã được một đơn vị khác sử dụng.")]
    [InlineData("en", "Conflict with the current state", "Another unit already uses this code.")]
    [InlineData("en-US", "Conflict with the current state", "Another unit already uses this code.")]
    public async Task AConflict_409_SpeaksTheRequestedLanguage(string? language, string title, string detail)
    {
        await Admin.CreateUnitAsync("SYT-HN");

        var response = await In(language, Admin).PostAsJsonAsync("/api/v1/units", new { code = "SYT-HN", name = "Khác", kind = "department", province = "Hà Nội" }, Json, Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.Conflict, UnitErrors.CodeTaken.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [MemberData(nameof(VietnameseRequests))]
    public async Task AValidationProblem_400_IsInVietnamese_WithCamelCaseNames_AndTheEnumValuesNotAnInteger(string? language)
    {
        var response = await In(language, Admin).PostAsJsonAsync("/api/v1/units", new { code = "A 1", province = "Hà Nội" }, Json, Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.ValidationFailed.Code, "vi");
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        problem.GetProperty("detail").GetString().ShouldBe("Một hoặc nhiều trường dữ liệu không hợp lệ; xem chi tiết tại errors.");
        var errors = problem.GetProperty("errors");
        Messages(errors, "name").ShouldBe(["'name' không được để trống."]);
        Messages(errors, "kind").ShouldBe([$"'kind' là bắt buộc và phải là một trong các giá trị: {AllowedKinds}."]);
        Messages(errors, "code").ShouldBe(["Mã chỉ gồm chữ cái A-Z, chữ số, dấu '.', '_' và '-', và phải bắt đầu bằng chữ cái hoặc chữ số."]);
    }

    [Theory]
    [MemberData(nameof(EnglishRequests))]
    public async Task AValidationProblem_400_IsInEnglish_OnRequest_AndTheEnumValuesNotAnInteger(string language)
    {
        var response = await In(language, Admin).PostAsJsonAsync("/api/v1/units", new { code = "A 1", province = "Hà Nội" }, Json, Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.ValidationFailed.Code, "en");
        problem.GetProperty("title").GetString().ShouldBe("Validation failed");
        problem.GetProperty("detail").GetString().ShouldBe("One or more fields are invalid; see errors.");
        var errors = problem.GetProperty("errors");
        Messages(errors, "name").ShouldBe(["'name' must not be empty."]);
        Messages(errors, "kind").ShouldBe([$"'kind' is required and must be one of: {AllowedKinds}."]);
        Messages(errors, "code").ShouldBe(["The code may contain letters A-Z, digits, '.', '_' and '-', and must start with a letter or digit."]);
        errors.ToString().ShouldNotContain("'0'");
    }

    [Theory]
    [InlineData(null, "Trường dữ liệu không xác định", "Yêu cầu có trường 'naem' (tại $.naem) mà thao tác này không nhận; hãy kiểm tra lại chính tả theo lược đồ (schema).")]
    [InlineData("vi", "Trường dữ liệu không xác định", "Yêu cầu có trường 'naem' (tại $.naem) mà thao tác này không nhận; hãy kiểm tra lại chính tả theo lược đồ (schema).")]
    [InlineData("en-US", "Unknown field", "The request has a field 'naem' (at $.naem) that this operation does not take; check its spelling against the schema.")]
    public async Task AnUnknownField_400_SpeaksTheRequestedLanguage(string? language, string title, string detail)
    {
        var response = await PostRawAsync(language, "{\"code\":\"A1\",\"naem\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}");

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [InlineData(null, "Yêu cầu không đúng định dạng", $"Giá trị tại $.kind phải là một trong các giá trị: {AllowedKinds}.")]
    [InlineData("vi-VN", "Yêu cầu không đúng định dạng", $"Giá trị tại $.kind phải là một trong các giá trị: {AllowedKinds}.")]
    [InlineData("en", "Malformed request", $"The value at $.kind must be one of: {AllowedKinds}.")]
    public async Task AMalformedEnum_400_NamesTheAllowedValues_InTheRequestedLanguage(string? language, string title, string detail)
    {
        var response = await PostRawAsync(language, "{\"code\":\"A1\",\"name\":\"X\",\"kind\":0,\"province\":\"Hà Nội\"}");

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [InlineData(null, "Nội dung JSON không hợp lệ tại $.name: giá trị không đúng kiểu hoặc định dạng yêu cầu.")]
    [InlineData("en", "The JSON body is invalid at $.name: the value does not match the expected type or format.")]
    public async Task MalformedJson_400_SpeaksTheRequestedLanguage(string? language, string detail)
    {
        var response = await PostRawAsync(language, "{\"code\":\"A1\",\"name\":[1],\"kind\":\"hospital\",\"province\":\"Hà Nội\"}");

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code, Tag(language));
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [InlineData(null, "Chưa xác thực")]
    [InlineData("vi", "Chưa xác thực")]
    [InlineData("zh-CN", "Chưa xác thực")]
    [InlineData("en", "Unauthorized")]
    public async Task Unauthenticated_401_SpeaksTheRequestedLanguage(string? language, string title)
    {
        var response = await In(language, Anonymous()).GetAsync("/api/v1/units", Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.Unauthorized, FrameworkErrors.Unauthenticated.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        if (Tag(language) == "vi")
        {
            problem.GetProperty("detail").GetString().ShouldBe("Yêu cầu cần mã thông báo Bearer hợp lệ (chưa hết hạn, đúng bên phát hành và đối tượng sử dụng).");
        }
    }

    [Theory]
    [InlineData(null, "Không có quyền thực hiện", "Chỉ quản trị viên hoặc Hội đồng Thi đua – Khen thưởng mới được tra cứu cá nhân theo số căn cước công dân.")]
    [InlineData("vi-VN", "Không có quyền thực hiện", "Chỉ quản trị viên hoặc Hội đồng Thi đua – Khen thưởng mới được tra cứu cá nhân theo số căn cước công dân.")]
    [InlineData("en", "Forbidden", "Only an administrator or a council looks people up by citizen id.")]
    public async Task Forbidden_403_SpeaksTheRequestedLanguage(string? language, string title, string detail)
    {
        var hospital = await Admin.CreateUnitAsync("BV-1");

        var response = await In(language, ClientFor(Roles.UnitOfficer, hospital.Id)).PostAsJsonAsync("/api/v1/people/lookup", new { citizenId = "001185054321" }, Json, Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [InlineData(null, "Không có vai trò nào")]
    [InlineData("en", "The token has no role this API knows")]
    public async Task AnUnknownRole_403_SpeaksTheRequestedLanguage(string? language, string detailStart)
    {
        var response = await In(language, ClientFor("visitor")).GetAsync("/api/v1/units", Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code, Tag(language));
        problem.GetProperty("detail").GetString()!.ShouldContain(detailStart, Case.Insensitive);
    }

    [Theory]
    [InlineData(null, "Không tìm thấy dữ liệu", "Không tìm thấy đơn vị '{0}'.")]
    [InlineData("vi", "Không tìm thấy dữ liệu", "Không tìm thấy đơn vị '{0}'.")]
    [InlineData("en", "Resource not found", "Unit '{0}' was not found.")]
    public async Task NotFound_404_SpeaksTheRequestedLanguage(string? language, string title, string detail)
    {
        var id = Guid.NewGuid();

        var response = await In(language, Admin).GetAsync($"/api/v1/units/{id}", Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
        problem.GetProperty("detail").GetString().ShouldBe(string.Format(System.Globalization.CultureInfo.InvariantCulture, detail, id));
    }

    [Theory]
    [InlineData(null, "Không tìm thấy dữ liệu")]
    [InlineData("en", "Resource not found")]
    public async Task NoRoute_404_SpeaksTheRequestedLanguage(string? language, string title)
    {
        var response = await In(language, Admin).GetAsync("/api/v1/no-such-resource", Ct);

        var problem = await ShouldBeProblemInAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Resource.Code, Tag(language));
        problem.GetProperty("title").GetString().ShouldBe(title);
    }

    [Fact]
    public async Task TheCodeAndTheStatus_AreTheSameInBothLanguages_OnlyTheTextsDiffer()
    {
        var vietnamese = JsonDocument.Parse(await (await MergeIntoItselfAsync(null)).Content.ReadAsStringAsync(Ct)).RootElement;
        var english = JsonDocument.Parse(await (await MergeIntoItselfAsync("en")).Content.ReadAsStringAsync(Ct)).RootElement;

        english.GetProperty("code").GetString().ShouldBe(vietnamese.GetProperty("code").GetString());
        english.GetProperty("status").GetInt32().ShouldBe(vietnamese.GetProperty("status").GetInt32());
        english.GetProperty("type").GetString().ShouldBe(vietnamese.GetProperty("type").GetString());
        english.GetProperty("title").GetString().ShouldNotBe(vietnamese.GetProperty("title").GetString());
        english.GetProperty("detail").GetString().ShouldNotBe(vietnamese.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ADomainMessageWithData_KeepsTheDataInBothLanguages_AndNamesEnumsAsTheApiWritesThem()
    {
        var unit = await Admin.CreateUnitAsync("BV-2");
        var created = await Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = unit.Id, year = 2024, commendationType = "merit", title = "Hồ sơ năm 2024" }, Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var nomination = await created.Content.ReadFromJsonAsync<JsonElement>(Json, Ct);
        var id = nomination.GetProperty("id").GetGuid();

        var vietnamese = await ShouldBeProblemInAsync(await In(null, Admin).PostAsync($"/api/v1/nominations/{id}/council-review", null, Ct), HttpStatusCode.Conflict, NominationErrors.WrongState.Code, "vi");
        var english = await ShouldBeProblemInAsync(await In("en", Admin).PostAsync($"/api/v1/nominations/{id}/council-review", null, Ct), HttpStatusCode.Conflict, NominationErrors.WrongState.Code, "en");

        vietnamese.GetProperty("detail").GetString().ShouldBe("Hồ sơ đang ở trạng thái 'draft'; thao tác này yêu cầu trạng thái 'submitted'.");
        english.GetProperty("detail").GetString().ShouldBe("The dossier is 'draft'; this needs 'submitted'.");
    }

    private Task<HttpResponseMessage> MergeIntoItselfAsync(string? language) => MergeIntoItselfCoreAsync(language);

    private async Task<HttpResponseMessage> MergeIntoItselfCoreAsync(string? language)
    {
        var unit = await Admin.CreateUnitAsync($"PYT-{Guid.NewGuid():N}"[..12]);
        return await In(language, Admin).PostAsJsonAsync(
            $"/api/v1/units/{unit.Id}/lineage-events",
            new { type = "merge", effectiveOn = "2025-07-01", successorId = unit.Id, legalBasis = TestData.LegalBasis() },
            Json,
            Ct);
    }

    private Task<HttpResponseMessage> PostRawAsync(string? language, string json) =>
        In(language, Admin).PostAsync("/api/v1/units", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    /// <summary>A client of the same identity that sends <paramref name="language"/> (or no Accept-Language at all).</summary>
    private HttpClient In(string? language, HttpClient identity)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = identity.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        if (language is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", language);
        }

        return client;
    }

    /// <summary>The language the API must answer in: English for an English preference, Vietnamese otherwise.</summary>
    private static string Tag(string? language) => language is not null && language.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";

    private static async Task<JsonElement> ShouldBeProblemInAsync(HttpResponseMessage response, HttpStatusCode status, string code, string language)
    {
        var problem = await ShouldBeProblemAsync(response, status, code);
        response.Content.Headers.ContentLanguage.ShouldBe([language], problem.ToString());
        return problem;
    }

    private static string[] Messages(JsonElement errors, string field) =>
        [.. errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];
}
