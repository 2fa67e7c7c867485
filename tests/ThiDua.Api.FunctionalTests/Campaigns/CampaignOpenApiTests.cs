using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>The OpenAPI descriptions of campaign writes name the codes their handlers really produce, and no others.</summary>
public sealed class CampaignOpenApiTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string Campaign = "/api/v1/campaigns/{campaignId}";

    private async Task<JsonElement> OperationAsync(string path, string method)
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
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
    public async Task ApproveAndReject_ListNotFound_AndConcurrencyConflict()
    {
        foreach (var action in new[] { "approve", "reject" })
        {
            ShouldDescribe(
                await OperationAsync($"{Campaign}/registrations/{{unitId}}/{action}", "post"),
                ["registration.not_found", "campaign.not_found", "registration.not_awaiting_review", "campaign.closed", "concurrency_conflict"],
                ["200", "403", "404", "409", "412"]);
        }
    }

    [Fact]
    public async Task Close_ListsConcurrencyConflict_AndTheReviewDateRules()
    {
        ShouldDescribe(
            await OperationAsync($"{Campaign}/close", "post"),
            ["campaign.review_before_launch", "campaign.review_before_last_phase", "campaign.review_in_future", "campaign.registrations_awaiting_review", "concurrency_conflict"],
            ["200", "400", "403", "404", "409", "412", "422"]);
    }

    [Fact]
    public async Task SubmitRegistration_DoesNotListTheUnreachableNoTargetTitle()
    {
        var operation = await OperationAsync($"{Campaign}/registrations/{{unitId}}", "put");

        ShouldDescribe(operation, ["registration.deadline_passed", "registration.unit_not_active", "unit.not_found", "concurrency_conflict"], ["200", "201", "400", "404", "409", "412", "422"]);
        operation.GetProperty("description").GetString()!.ShouldNotContain("registration.no_target_title");
    }

    [Fact]
    public async Task Draft_ListsTheClusterLauncherCodes_AndLaunchItsOwn()
    {
        ShouldDescribe(
            await OperationAsync("/api/v1/campaigns", "post"),
            [
                "campaign.launching_cluster_not_found", "campaign.cluster_no_term_for_year", "campaign.cluster_has_no_head",
                "campaign.cluster_period_outside_year", "campaign.scope_unit_not_cluster_member", "auth.not_cluster_head",
                "campaign.registration_deadline_outside_period",
            ],
            ["201", "400", "403", "422"]);
        ShouldDescribe(
            await OperationAsync($"{Campaign}/launch", "post"),
            ["campaign.not_draft", "auth.not_cluster_head", "campaign.cluster_has_no_head", "campaign.scope_unit_not_cluster_member"],
            ["200", "403", "404", "409", "412", "422"]);
        ShouldDescribe(
            await OperationAsync(Campaign, "put"),
            ["campaign.not_draft", "auth.not_cluster_head", "campaign.cluster_has_no_head", "campaign.cluster_period_outside_year"],
            ["200", "400", "403", "404", "409", "412", "422"]);
        foreach (var action in new[] { "approve", "reject" })
        {
            ShouldDescribe(await OperationAsync($"{Campaign}/registrations/{{unitId}}/{action}", "post"), ["auth.not_cluster_head", "campaign.cluster_has_no_head"], []);
        }

        ShouldDescribe(await OperationAsync($"{Campaign}/close", "post"), ["auth.not_cluster_head", "campaign.cluster_has_no_head"], []);
    }

    [Fact]
    public async Task Summary_Declares304()
    {
        ShouldDescribe(await OperationAsync($"{Campaign}/summary", "get"), [], ["200", "304", "404"]);
    }
}
