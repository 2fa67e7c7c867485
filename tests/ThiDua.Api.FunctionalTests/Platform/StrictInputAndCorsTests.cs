using System.Net;
using System.Net.Http.Json;
using System.Text;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// What an integrator meets first: unknown fields and enum integers are refused with a code that says why, and a
/// browser app on an allowed origin can call the API (preflight answered without a token).
/// </summary>
public sealed class StrictInputAndCorsTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    [Theory]
    [InlineData("{\"code\":\"A1\",\"name\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\",\"provinceCode\":\"01\"}", "provinceCode", "$.provinceCode")]
    [InlineData("{\"code\":\"A1\",\"naem\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}", "naem", "$.naem")]
    public async Task AnUnknownField_Returns400_NamingIt(string json, string field, string path)
    {
        var response = await PostRawAsync("/api/v1/units", json);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
        problem.GetProperty("detail").GetString().ShouldBe($"The request has a field '{field}' (at {path}) that this operation does not take; check its spelling against the schema.");
    }

    [Theory]
    [InlineData(9_000, false)]
    [InlineData(30_000, true)]
    public async Task AnUnknownFieldWithAHugeName_GetsADetailWithinTheDocumentedBound(int nameLength, bool cut)
    {
        var name = new string('x', nameLength);
        var response = await PostRawAsync("/api/v1/units", $"{{\"{name}\":1}}");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.Length.ShouldBeLessThanOrEqualTo(20_000);
        detail.EndsWith('…').ShouldBe(cut);
        detail.ShouldStartWith("The request has a field 'xxx");
    }

    [Fact]
    public async Task AValidationMessageQuotingAHugeValue_IsCutToTheDocumentedBound()
    {
        // The criterion's code is quoted by the max-points message; a 30,000-character code must not make it unbounded.
        var code = new string('C', 30_000);
        var response = await Admin.PostAsync("/api/v1/covenants", new StringContent(
            $$"""{"title":"Giao ước","scaleMax":100,"signingDeadline":"2026-03-01","criteria":[{"code":"{{code}}","contentNumber":1,"description":"x","maxPoints":0}]}""",
            Encoding.UTF8, "application/json"), Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.ValidationFailed.Code);
        foreach (var field in problem.GetProperty("errors").EnumerateObject())
        {
            foreach (var message in field.Value.EnumerateArray())
            {
                message.GetString()!.Length.ShouldBeLessThanOrEqualTo(2000);
            }
        }

        problem.GetProperty("errors").EnumerateObject().SelectMany(f => f.Value.EnumerateArray())
            .ShouldContain(m => m.GetString()!.StartsWith("Criterion CCC", StringComparison.Ordinal) && m.GetString()!.EndsWith('…'));
    }

    [Fact]
    public async Task AnUnknownFieldInANestedObject_Returns400_NamingIt()
    {
        var unit = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế huyện A");

        var response = await Admin.PostAsJsonAsync($"/api/v1/units/{unit.Id}/lineage-events", new
        {
            type = "rename",
            effectiveOn = "2025-07-01",
            newName = "Trung tâm Y tế khu vực Đông Anh",
            legalBasis = new { number = "120/QĐ-UBND", date = "2025-06-25", issuer = "UBND huyện", signer = "Nguyễn Văn A" },
        }, Json, Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("'signer' (at $.legalBasis.signer)");
        (await ReadAsync<Application.Units.UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct))).Name.ShouldBe("Trung tâm Y tế huyện A");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("\"castle\"")]
    public async Task AnEnumGivenAsAnIntegerOrAnUnknownString_Returns400_NamingTheAllowedValues(string kind)
    {
        var response = await PostRawAsync("/api/v1/units", "{\"code\":\"A1\",\"name\":\"X\",\"kind\":" + kind + ",\"province\":\"Hà Nội\"}");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        problem.GetProperty("detail").GetString().ShouldBe("The value at $.kind must be one of: department, hospital, centre, subDepartment, college, other.");
    }

    [Fact]
    public async Task EnumValues_AreCamelCase_InBodiesQueriesAndAnswers_AndTheOldKebabCaseIsRefused()
    {
        var created = await PostRawAsync("/api/v1/units", "{\"code\":\"CC-DS\",\"name\":\"Chi cục Dân số\",\"kind\":\"subDepartment\",\"province\":\"Hà Nam\"}");
        var kebab = await PostRawAsync("/api/v1/units", "{\"code\":\"CC-DS2\",\"name\":\"Chi cục Dân số\",\"kind\":\"sub-department\",\"province\":\"Hà Nam\"}");
        var listed = await Admin.GetAsync("/api/v1/units?kind=subDepartment", Ct);
        var kebabQuery = await Admin.GetAsync("/api/v1/units?kind=sub-department", Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.Content.ReadAsStringAsync(Ct)).ShouldContain("\"kind\":\"subDepartment\"");
        await ShouldBeProblemAsync(kebab, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        (await listed.Content.ReadAsStringAsync(Ct)).ShouldContain("\"code\":\"CC-DS\"");
        (await ShouldBeValidationProblemAsync(kebabQuery, "kind")).GetProperty("errors").GetProperty("kind")[0].GetString()!.ShouldContain("subDepartment");
    }

    [Fact]
    public async Task APreflightFromAnAllowedOrigin_IsAnsweredWithoutAToken()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/nominations");
        preflight.Headers.Add("Origin", ThiDuaApiFactory.CorsOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type, idempotency-key, if-match");

        var response = await Anonymous().SendAsync(preflight, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([ThiDuaApiFactory.CorsOrigin]);
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).ShouldContain("POST");
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "idempotency-key", "if-match" })
        {
            allowed.ShouldContain(header);
        }

        response.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
    }

    [Fact]
    public async Task APreflightFromAnotherOrigin_GetsNoCorsHeaders()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/units");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await Anonymous().SendAsync(preflight, Ct);

        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task ACrossOriginRequest_MayReadTheETagAndLocation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/units")
        {
            Content = JsonContent.Create(new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nội", validFrom = "2000-01-01" }, options: Json),
        };
        request.Headers.Add("Origin", ThiDuaApiFactory.CorsOrigin);

        var response = await Admin.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([ThiDuaApiFactory.CorsOrigin]);
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        exposed.ShouldContain("ETag");
        exposed.ShouldContain("Location");
    }
}
