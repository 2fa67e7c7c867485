using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;

namespace ThiDua.Api.FunctionalTests.History;

/// <summary>Every write that accepts historical record mode documents its codes and the 400/403 it may answer.</summary>
public sealed class HistoryOpenApiTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly string[] HistoryCodes =
    [
        HistoryRecording.RoleNotAllowed.Code, HistoryErrors.DateInFuture.Code, HistoryErrors.DateOutsidePeriod.Code, HistoryErrors.DateBeforePreviousAct.Code,
        HistoryErrors.RecordIsLive.Code, HistoryErrors.RecordIsHistorical.Code,
    ];

    public static TheoryData<string, string> Writes() => new()
    {
        { "/api/v1/covenants/{covenantId}/open-for-signing", "post" },
        { "/api/v1/covenants/{covenantId}/signatures", "post" },
        { "/api/v1/covenants/{covenantId}/open-for-scoring", "post" },
        { "/api/v1/covenants/{covenantId}/assessments/{unitId}", "put" },
        { "/api/v1/covenants/{covenantId}/finalize", "post" },
        { "/api/v1/campaigns/{campaignId}/registrations/{unitId}", "put" },
        { "/api/v1/campaigns/{campaignId}/registrations/{unitId}/approve", "post" },
        { "/api/v1/campaigns/{campaignId}/registrations/{unitId}/reject", "post" },
        { "/api/v1/campaigns/{campaignId}/reports/{unitId}/phase-{phaseNumber}", "put" },
        { "/api/v1/campaigns/{campaignId}/reports/{unitId}/final", "put" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task HistoricalWrites_DocumentTheirCodes(string path, string method)
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        var description = operation.GetProperty("description").GetString()!;
        foreach (var code in HistoryCodes)
        {
            description.ShouldContain($"`{code}`", Case.Sensitive);
        }

        foreach (var status in new[] { "400", "403", "409", "422" })
        {
            operation.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"{path} {method}: {status} is not declared");
        }
    }
}
