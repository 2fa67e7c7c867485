using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.RuleSets.GetRuleSet;
using ThiDua.Application.RuleSets.ListRuleSets;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Api.Endpoints.AwardTypes;

/// <summary>Versioned rule sets: the law and decree in force between two dates, with thresholds and their legal basis.</summary>
public sealed class RuleSetEndpoints : IEndpointGroup
{
    public static string Resource => "rule-sets";

    public static string Tag => "Award types";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListRuleSets)
            .WithName(nameof(ListRuleSets))
            .WithSummary("List the rule sets, oldest first, with effective dates and legal basis")
            .RequireAuthorization(Policies.Read);

        group.MapGet("{code}", GetRuleSet)
            .WithName(nameof(GetRuleSet))
            .WithSummary("Get a rule set: quorum, eligibility thresholds, and per award type the bonus coefficient and vote threshold")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<RuleSet>>> ListRuleSets(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRuleSetsQuery(), cancellationToken));

    public static async Task<Ok<RuleSet>> GetRuleSet(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRuleSetQuery(code), cancellationToken));
}
