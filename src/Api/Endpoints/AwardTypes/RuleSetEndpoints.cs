using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.OpenApi;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets.GetRuleSet;
using ThiDua.Application.RuleSets.ListProvinceRules;
using ThiDua.Application.RuleSets.ListRuleSets;
using ThiDua.Application.RuleSets.SetProvinceRule;
using ThiDua.Domain.RuleSets;
using RuleSet = ThiDua.Application.RuleSets.Dtos.RuleSet;

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
            .Errors(NotFoundErrors.RuleSet)
            .WithSummary("Get a rule set: quorum, eligibility thresholds, and per award type the bonus coefficient and vote threshold")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("provinces/{province}", ListProvinceRules)
            .WithName(nameof(ListProvinceRules))
            .WithSummary("Deprecated: a province's TTLĐTT thresholds, oldest first — use GET /api/v1/provinces/{province}/parameters")
            .WithDescription("Lists the versions of the province's parameters that set the TTLĐTT share, in the first API's shape (ADR 0016).")
            .WithMetadata(new ObsoleteAttribute("Use GET /api/v1/provinces/{province}/parameters (ADR 0016)."))
            .RequireAuthorization(Policies.Read);

        group.MapPost("provinces/{province}", SetProvinceRule)
            .WithName(nameof(SetProvinceRule))
            .Errors(RuleSetErrors.OverrideBeforeItsRegulation, RuleSetErrors.OverrideExists, AccessGuard.RoleNotAllowed.Because("for anyone but an admin"))
            .WithSummary("Deprecated: set a province's TTLĐTT threshold from a date (admin) — use POST /api/v1/provinces/{province}/parameters")
            .WithMetadata(new ObsoleteAttribute("Use POST /api/v1/provinces/{province}/parameters (ADR 0016)."))
            .WithDescription("Records a version of the province's parameters that sets the TTLĐTT share alone (ADR 0016). E.g. Bắc Ninh: at least 70 % (`advancedCollectiveMemberShare` 0.7, `inclusive` true), QĐ 86/2025/QĐ-UBND, Điều 4.2. Applies to the units of that province from `effectiveFrom`; the Law's default is more than 50 %. A share outside (0, 1] is a 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<Page<ProvinceRuleDto>>> ListProvinceRules(string province, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListProvinceRulesQuery(province), cancellationToken));

    public static async Task<Created<ProvinceRuleDto>> SetProvinceRule(string province, ProvinceRuleRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = await sender.Send(
            new SetProvinceRuleCommand(
                province, request.EffectiveFrom ?? default, request.AdvancedCollectiveMemberShare ?? 0m, request.Inclusive ?? false, request.LegalBasis?.ToInput()!, request.Article ?? string.Empty),
            cancellationToken);
        return TypedResults.Created($"/api/v1/rule-sets/provinces/{Uri.EscapeDataString(province)}", rule);
    }

    public static async Task<Ok<Page<RuleSet>>> ListRuleSets(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRuleSetsQuery(), cancellationToken));

    public static async Task<Ok<RuleSet>> GetRuleSet(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRuleSetQuery(code), cancellationToken));
}

/// <summary>A province's TTLĐTT threshold from a date.</summary>
[ValidatedAs(typeof(SetProvinceRuleCommand))]
public sealed record ProvinceRuleRequest
{
    /// <example>2025-07-01</example>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The share of members with Lao động tiên tiến, 0–1.</summary>
    /// <example>0.7</example>
    public decimal? AdvancedCollectiveMemberShare { get; init; }

    /// <summary>True for "at least", false for "more than".</summary>
    /// <example>true</example>
    public bool? Inclusive { get; init; }

    public DocumentRequest? LegalBasis { get; init; }

    /// <example>Điều 4.2</example>
    public string? Article { get; init; }
}
