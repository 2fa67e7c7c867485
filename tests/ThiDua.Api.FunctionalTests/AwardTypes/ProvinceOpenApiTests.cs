using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.RuleSets;

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
            [RuleSetErrors.NoParameter.Code, RuleSetErrors.OverrideBeforeItsRegulation.Code, RuleSetErrors.OverrideExists.Code, AccessGuard.RoleNotAllowed.Code],
            ["201", "400", "403", "409", "422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/provinces/{province}/award-types").GetProperty("post"),
            [ProvincialAwardTypeErrors.NationalCode.Code, ProvincialAwardTypeErrors.CodeExists.Code, ProvincialAwardTypeErrors.EndsBeforeStart.Code, RuleSetErrors.OverrideBeforeItsRegulation.Code, AccessGuard.RoleNotAllowed.Code],
            ["201", "400", "403", "409", "422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/provinces/{province}/rule-set").GetProperty("get"), [EligibilityErrors.NoRuleSet.Code], ["200", "422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/nominations/{nominationId}/lines/{lineId}/vote").GetProperty("put"), [NominationErrors.AttendanceBelowMinimum.Code, NominationErrors.NoQuorum.Code], ["422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/nominations/{nominationId}/lines").GetProperty("post"), [ProvincialAwardTypeErrors.OtherProvince.Code, ProvincialAwardTypeErrors.NotInForce.Code], ["422"]);
        ShouldDescribe(
            paths.GetProperty("/api/v1/campaigns/{campaignId}/registrations/{unitId}").GetProperty("put"), [ProvincialAwardTypeErrors.OtherProvince.Code, ProvincialAwardTypeErrors.NotInForce.Code], ["422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/units/{unitId}/awards").GetProperty("post"), [ProvincialAwardTypeErrors.OtherProvince.Code, ProvincialAwardTypeErrors.NotInForce.Code], ["422"]);
        ShouldDescribe(paths.GetProperty("/api/v1/units/{unitId}/eligibility").GetProperty("get"), [ProvincialAwardTypeErrors.OtherProvince.Code, ProvincialAwardTypeErrors.NotInForce.Code], ["404", "422"]);
        paths.GetProperty("/api/v1/rule-sets/provinces/{province}").GetProperty("post").GetProperty("deprecated").GetBoolean().ShouldBeTrue();
    }
}
