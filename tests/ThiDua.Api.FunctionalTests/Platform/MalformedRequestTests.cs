using System.Net;
using System.Net.Http.Json;
using System.Text;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>No client input may produce a 500: every malformed request gets a 4xx problem with a code.</summary>
public sealed class MalformedRequestTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    [Theory]
    [InlineData("{\"code\": \"A1\", ")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    public async Task Post_Returns400_ForMalformedJson(string json)
    {
        var response = await PostRawAsync("/api/v1/units", json);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Theory]
    [InlineData("{\"code\":\"A1\",\"name\":\"X\",\"kind\":\"castle\",\"province\":\"Hà Nội\"}")]
    [InlineData("{\"code\":\"A1\",\"name\":\"X\",\"kind\":2,\"province\":\"Hà Nội\"}")]
    [InlineData("{\"code\":123,\"name\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}")]
    [InlineData("{\"code\":\"A1\",\"name\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\",\"parentId\":\"not-a-uuid\"}")]
    [InlineData("{\"code\":\"A1\",\"name\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\",\"validFrom\":\"31/12/2020\"}")]
    public async Task Post_Returns400_ForWrongTypesAndUnknownEnumValues(string json)
    {
        var response = await PostRawAsync("/api/v1/units", json);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Post_Returns415_ForNonJsonContentType()
    {
        var response = await Admin.PostAsync("/api/v1/units", new StringContent("code=A1", Encoding.UTF8, "text/plain"), Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnsupportedMediaType, FrameworkErrors.UnsupportedMediaType.Code);
    }

    [Fact]
    public async Task Post_Returns413_ForOversizedBody()
    {
        var huge = "{\"code\":\"A1\",\"name\":\"" + new string('x', 70_000) + "\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}";

        var response = await PostRawAsync("/api/v1/units", huge);

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, FrameworkErrors.RequestTooLarge.Code);
    }

    [Fact]
    public async Task Post_Returns400WithFieldErrors_ForOverlongStrings()
    {
        var json = "{\"code\":\"" + new string('A', 41) + "\",\"name\":\"" + new string('x', 301) + "\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}";

        var response = await PostRawAsync("/api/v1/units", json);

        var problem = await ShouldBeValidationProblemAsync(response, "code");
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/v1/units/not-a-uuid")]
    [InlineData("/api/v1/clusters/123/terms/2023")]
    [InlineData("/api/v1/clusters/6f1c7e7e-0000-0000-0000-000000000000/terms/twenty")]
    public async Task Get_Returns404_ForBadIdentifiersInRoute(string path)
    {
        var response = await Admin.GetAsync(path, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
    }

    [Theory]
    [InlineData("/api/v1/units?limit=abc")]
    [InlineData("/api/v1/units?parentId=xyz")]
    public async Task Get_Returns400_ForQueryParametersOfTheWrongType(string path)
    {
        var response = await Admin.GetAsync(path, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Theory]
    [InlineData("/api/v1/units?limit=0", "limit")]
    [InlineData("/api/v1/units?limit=201", "limit")]
    [InlineData("/api/v1/units?cursor=%%%garbage", "cursor")]
    [InlineData("/api/v1/units?kind=castle", "kind")]
    [InlineData("/api/v1/clusters?year=1800", "year")]
    public async Task Get_Returns400WithFieldError_ForInvalidQueryValues(string path, string field)
    {
        var response = await Admin.GetAsync(path, Ct);

        await ShouldBeValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("/api/v1/units?q=%00")]
    [InlineData("/api/v1/units?province=a%00b")]
    [InlineData("/api/v1/audit?resourceType=a%01")]
    public async Task Get_Returns400_ForControlCharactersInTheQuery(string path)
    {
        var response = await Admin.GetAsync(path, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Post_Returns400_ForControlCharactersInText()
    {
        var response = await PostRawAsync("/api/v1/units", "{\"code\":\"A1\",\"name\":\"a\\u0000b\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}");

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Post_Returns400_ForDuplicateProperties()
    {
        var response = await PostRawAsync("/api/v1/units", "{\"code\":\"A1\",\"code\":\"A2\",\"name\":\"X\",\"kind\":\"hospital\",\"province\":\"Hà Nội\"}");

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Post_ChecksLengthsOnTheNormalisedText()
    {
        // U+0958 decomposes under NFC into two characters: 300 of them become 600.
        var name = new string('\u0958', 300);

        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code = "A1", name, kind = "hospital", province = "Hà Nội" }, Json, Ct);

        await ShouldBeValidationProblemAsync(response, "name");
    }

    [Fact]
    public async Task Get_Returns403_ForATokenWithoutSubject()
    {
        var token = ThiDua.Api.Security.LocalTokens.Create(
            ThiDuaApiFactory.Issuer, ThiDuaApiFactory.Audience, Factory.SigningKey,
            new ThiDua.Api.Security.LocalTokens.Request(string.Empty, "No subject", ["admin"], null, [], TimeSpan.FromHours(1)));

        var response = await ClientWithToken(token).GetAsync("/api/v1/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, FrameworkErrors.Forbidden.Code);
    }

    [Fact]
    public async Task Delete_Returns405Problem_ForUnsupportedMethod()
    {
        var response = await Admin.DeleteAsync("/api/v1/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.MethodNotAllowed, FrameworkErrors.MethodNotAllowed.Code);
    }
}
