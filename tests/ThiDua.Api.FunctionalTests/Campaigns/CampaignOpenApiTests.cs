using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

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
                [NotFoundErrors.Registration.Code, NotFoundErrors.Campaign.Code, RegistrationErrors.NotAwaitingReview.Code, CampaignErrors.Closed.Code, ConflictException.Concurrency.Code],
                ["200", "403", "404", "409", "412"]);
        }
    }

    [Fact]
    public async Task Close_ListsConcurrencyConflict_AndTheReviewDateRules()
    {
        ShouldDescribe(
            await OperationAsync($"{Campaign}/close", "post"),
            [CampaignErrors.ReviewBeforeLaunch.Code, CampaignErrors.ReviewBeforeLastPhase.Code, CampaignErrors.ReviewInFuture.Code, CampaignErrors.RegistrationsAwaitingReview.Code, ConflictException.Concurrency.Code],
            ["200", "400", "403", "404", "409", "412", "422"]);
    }

    [Fact]
    public async Task SubmitRegistration_DoesNotListTheUnreachableNoTargetTitle()
    {
        var operation = await OperationAsync($"{Campaign}/registrations/{{unitId}}", "put");

        ShouldDescribe(operation, [RegistrationErrors.DeadlinePassed.Code, RegistrationErrors.UnitNotActive.Code, NotFoundErrors.Unit.Code, ConflictException.Concurrency.Code], ["200", "201", "400", "404", "409", "412", "422"]);
        operation.GetProperty("description").GetString()!.ShouldNotContain(RegistrationErrors.NoTargetTitle.Code);
    }

    [Fact]
    public async Task Draft_ListsTheClusterLauncherCodes_AndLaunchItsOwn()
    {
        ShouldDescribe(
            await OperationAsync("/api/v1/campaigns", "post"),
            [
                CampaignErrors.LaunchingClusterNotFound.Code, CampaignErrors.ClusterNoTermForYear.Code, CampaignErrors.ClusterHasNoHead.Code,
                CampaignErrors.ClusterPeriodOutsideYear.Code, CampaignErrors.ScopeUnitNotClusterMember.Code, CampaignAccess.NotClusterHead.Code,
                CampaignErrors.RegistrationDeadlineOutsidePeriod.Code,
            ],
            ["201", "400", "403", "422"]);
        ShouldDescribe(
            await OperationAsync($"{Campaign}/launch", "post"),
            [CampaignErrors.NotDraft.Code, CampaignAccess.NotClusterHead.Code, CampaignErrors.ClusterHasNoHead.Code, CampaignErrors.ScopeUnitNotClusterMember.Code],
            ["200", "403", "404", "409", "412", "422"]);
        ShouldDescribe(
            await OperationAsync(Campaign, "put"),
            [CampaignErrors.NotDraft.Code, CampaignAccess.NotClusterHead.Code, CampaignErrors.ClusterHasNoHead.Code, CampaignErrors.ClusterPeriodOutsideYear.Code],
            ["200", "400", "403", "404", "409", "412", "422"]);
        foreach (var action in new[] { "approve", "reject" })
        {
            ShouldDescribe(await OperationAsync($"{Campaign}/registrations/{{unitId}}/{action}", "post"), [CampaignAccess.NotClusterHead.Code, CampaignErrors.ClusterHasNoHead.Code], []);
        }

        ShouldDescribe(await OperationAsync($"{Campaign}/close", "post"), [CampaignAccess.NotClusterHead.Code, CampaignErrors.ClusterHasNoHead.Code], []);
    }

    [Fact]
    public async Task Summary_Declares304()
    {
        ShouldDescribe(await OperationAsync($"{Campaign}/summary", "get"), [], ["200", "304", "404"]);
    }
}
