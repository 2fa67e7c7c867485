using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.AwardTypes;

/// <summary>The OpenAPI descriptions of the provinces' endpoints, and of the writes they change, name the codes they produce (ADR 0016).</summary>
public sealed class ProvinceOpenApiTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private async Task<JsonElement> PathsAsync()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.GetProperty("paths").Clone();
    }

    private static void ShouldDescribe(JsonElement operation, string[] codes, string[] statuses)
    {
        var description = operation.GetProperty("description").GetString()!;
        foreach (var code in codes)
        {
            description.ShouldContain($"`{code}`", Case.Sensitive);
        }

        foreach (var status in statuses)
        {
            operation.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"{status} is not declared");
        }
    }

    [Fact]
    public async Task ProvinceWrites_AndTheWritesThatAcceptOwnTypes_NameTheirCodes()
    {
        var paths = await PathsAsync();

        ShouldDescribe(
            paths.GetProperty("/api/v1/provinces/{province}/parameters").GetProperty("post"),
            ["rule_set.no_parameter", "rule_set.override_before_regulation", "rule_set.override_exists", "auth.role_not_allowed"],
            ["201", "400", "403", "409", "422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/provinces/{province}/award-types").GetProperty("post"),
            ["award_type.national_code", "award_type.code_exists", "award_type.ends_before_start", "rule_set.override_before_regulation", "auth.role_not_allowed"],
            ["201", "400", "403", "409", "422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/provinces/{province}/rule-set").GetProperty("get"), ["eligibility.no_rule_set"], ["200", "422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/nominations/{nominationId}/lines/{lineId}/vote").GetProperty("put"), ["nomination.attendance_below_minimum", "nomination.no_quorum"], ["422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/nominations/{nominationId}/lines").GetProperty("post"), ["award_type.other_province", "award_type.not_in_force"], ["422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/campaigns/{campaignId}/registrations/{unitId}").GetProperty("put"), ["award_type.other_province", "award_type.not_in_force"], ["422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/units/{unitId}/awards").GetProperty("post"), ["award_type.other_province", "award_type.not_in_force"], ["422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/units/{unitId}/eligibility").GetProperty("get"), ["award_type.other_province", "award_type.not_in_force"], ["404", "422"]);
        paths.GetProperty("/api/v1/rule-sets/provinces/{province}").GetProperty("post").GetProperty("deprecated").GetBoolean().ShouldBeTrue();
    }
}
