using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.AwardTypes.CreateProvincialAwardType;
using ThiDua.Application.AwardTypes.ListProvincialAwardTypes;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.RuleSets.GetProvinceRuleSet;
using ThiDua.Application.RuleSets.ListProvinceParameters;
using ThiDua.Application.RuleSets.SetProvinceParameters;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;
using RuleSet = ThiDua.Application.RuleSets.Dtos.RuleSet;

namespace ThiDua.Api.Endpoints.AwardTypes;

/// <summary>
/// A province's own rules (ADR 0016): dated versions of its parameters, each with its regulation and articles; its own
/// award types; and the rule set that results for its units on a date.
/// </summary>
public sealed class ProvinceEndpoints : IEndpointGroup
{
    public static string Resource => "provinces";

    public static string Tag => "Award types";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("{province}/parameters", ListProvinceParameters)
            .WithName(nameof(ListProvinceParameters))
            .WithSummary("A province's parameter versions, oldest first, each in force from its date until the next one supersedes it")
            .RequireAuthorization(Policies.Read);

        group.MapPost("{province}/parameters", SetProvinceParameters)
            .WithName(nameof(SetProvinceParameters))
            .Errors(RuleSetErrors.NoParameter.Because("when nothing is set"), RuleSetErrors.OverrideBeforeItsRegulation.Because("when the version starts before its regulation is dated"), RuleSetErrors.OverrideExists.Because("for a second version on the same date"), AccessGuard.RoleNotAllowed.Because("for anyone but an admin"))
            .WithSummary("Record a version of a province's parameters from a date, with its regulation and articles (admin)")
            .WithDescription(
                "A version supersedes the province's earlier one from `effectiveFrom` as a whole: a parameter it leaves out takes the national value (and the national citation) "
                + "while it is in force. Parameters: `advancedCollectiveShare` and `excellentCollectiveShare` (share 0–1, `inclusive` true for \"at least\", article); "
                + "`awardSessionAttendance` (share of members present at council sessions deciding awards, e.g. Bắc Ninh 0.8, QĐ 86/2025/QĐ-UBND Điều 8.4.b); "
                + "`emulationRegistration` (`required` true turns R12 on: emulation titles need an approved registration naming them; article); "
                + "`provincialFlagArticle` (the regulation's article on Cờ thi đua của UBND tỉnh, cited with the Law's Điều 26). "
                + "A share outside (0, 1] or a parameter without its article is a 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{province}/rule-set", GetProvinceRuleSet)
            .WithName(nameof(GetProvinceRuleSet))
            .Errors(EligibilityErrors.NoRuleSet.Because("before 2024-01-01"))
            .WithSummary("The rules for the province's units on a date: the national rule set with the province's parameters and own award types")
            .WithDescription("`on` (YYYY-MM-DD, default today in Vietnam). A province without parameters gets the national values and citations.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{province}/award-types", ListProvincialAwardTypes)
            .WithName(nameof(ListProvincialAwardTypes))
            .WithSummary("A province's own award types, by code")
            .RequireAuthorization(Policies.Read);

        group.MapPost("{province}/award-types", CreateProvincialAwardType)
            .WithName(nameof(CreateProvincialAwardType))
            .Errors(ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce, ProvincialAwardTypeErrors.NationalCode.Because("for a code of the national list"), ProvincialAwardTypeErrors.CodeExists, ProvincialAwardTypeErrors.EndsBeforeStart, RuleSetErrors.OverrideBeforeItsRegulation.Because("when it applies before its regulation is dated"), AccessGuard.RoleNotAllowed.Because("for anyone but an admin"))
            .WithSummary("Create a province's own award type, with its regulation, bonus, vote and dates (admin)")
            .WithDescription(
                "E.g. Hà Nội's Công dân Thủ đô ưu tú (QĐ 71/2025/QĐ-UBND, vote ≥ 90 % of all members). Nominations, registrations' target titles and award history accept it "
                + "for units of that province only, while it applies; elsewhere they answer `award_type.other_province` (422), out of its dates `award_type.not_in_force` (422).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<Page<ProvinceParametersDto>>> ListProvinceParameters(string province, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListProvinceParametersQuery(province), cancellationToken));

    public static async Task<Created<ProvinceParametersDto>> SetProvinceParameters(
        string province, ProvinceParametersRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var version = await sender.Send(
            new SetProvinceParametersCommand(
                province,
                request.EffectiveFrom ?? default,
                request.LegalBasis?.ToInput()!,
                new ProvinceParameterValues(
                    request.AdvancedCollectiveShare?.ToParameter(),
                    request.ExcellentCollectiveShare?.ToParameter(),
                    request.AwardSessionAttendance is { } a ? new AttendanceParameter(a.Share ?? 0m, a.Article ?? string.Empty) : null,
                    request.EmulationRegistration is { } r ? new RegistrationParameter(r.Required ?? false, r.Article ?? string.Empty) : null,
                    request.ProvincialFlagArticle)),
            cancellationToken);
        return TypedResults.Created($"/api/v1/provinces/{Uri.EscapeDataString(province)}/parameters", version);
    }

    public static async Task<Ok<RuleSet>> GetProvinceRuleSet(string province, ISender sender, CancellationToken cancellationToken, DateOnly? on = null) =>
        TypedResults.Ok(await sender.Send(new GetProvinceRuleSetQuery(province, on), cancellationToken));

    public static async Task<Ok<Page<ProvincialAwardTypeDto>>> ListProvincialAwardTypes(string province, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListProvincialAwardTypesQuery(province), cancellationToken));

    public static async Task<Created<ProvincialAwardTypeDto>> CreateProvincialAwardType(
        string province, ProvincialAwardTypeRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = await sender.Send(
            new CreateProvincialAwardTypeCommand(
                province,
                request.Code ?? string.Empty,
                request.Name ?? string.Empty,
                request.RecipientKind ?? default,
                request.Category ?? default,
                request.Level ?? default,
                request.ConferringAuthority ?? string.Empty,
                request.EffectiveFrom ?? default,
                request.EffectiveTo,
                request.LegalBasis?.ToInput()!,
                request.Article ?? string.Empty,
                request.BonusCoefficient ?? -1m,
                request.BonusBasis ?? string.Empty,
                request.VoteShare ?? 0m,
                request.VoteOfAllMembers ?? true,
                request.VoteBasis ?? string.Empty),
            cancellationToken);
        return TypedResults.Created($"/api/v1/provinces/{Uri.EscapeDataString(province)}/award-types", type);
    }
}

/// <summary>A share of a collective's members, with the article that sets it.</summary>
public sealed record MemberShareRequest
{
    /// <example>0.7</example>
    public decimal? Share { get; init; }

    /// <summary>True for "at least", false for "more than".</summary>
    /// <example>true</example>
    public bool? Inclusive { get; init; }

    /// <example>Điều 4.2</example>
    public string? Article { get; init; }

    public MemberShareParameter ToParameter() => new(Share ?? 0m, Inclusive ?? false, Article ?? string.Empty);
}

/// <summary>The share of council members present at sessions deciding awards.</summary>
public sealed record AttendanceRequest
{
    /// <example>0.8</example>
    public decimal? Share { get; init; }

    /// <example>Điều 8.4.b</example>
    public string? Article { get; init; }
}

/// <summary>Whether registration for emulation is a precondition of emulation titles (R12).</summary>
public sealed record RegistrationRequirementRequest
{
    /// <example>true</example>
    public bool? Required { get; init; }

    /// <example>Điều 2.3</example>
    public string? Article { get; init; }
}

/// <summary>A version of a province's parameters: its start, its regulation, and the parameters it sets.</summary>
public sealed record ProvinceParametersRequest
{
    /// <example>2025-07-01</example>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The provincial regulation (e.g. 86/2025/QĐ-UBND, UBND tỉnh Bắc Ninh).</summary>
    public DocumentRequest? LegalBasis { get; init; }

    public MemberShareRequest? AdvancedCollectiveShare { get; init; }

    public MemberShareRequest? ExcellentCollectiveShare { get; init; }

    public AttendanceRequest? AwardSessionAttendance { get; init; }

    public RegistrationRequirementRequest? EmulationRegistration { get; init; }

    /// <example>Điều 3.1</example>
    public string? ProvincialFlagArticle { get; init; }
}

/// <summary>A province's own award type.</summary>
public sealed record ProvincialAwardTypeRequest
{
    /// <example>HN_CONG_DAN_THU_DO_UU_TU</example>
    public string? Code { get; init; }

    /// <example>Công dân Thủ đô ưu tú</example>
    public string? Name { get; init; }

    public RecipientKind? RecipientKind { get; init; }

    public AwardCategory? Category { get; init; }

    public AwardLevel? Level { get; init; }

    /// <example>Chủ tịch UBND Thành phố</example>
    public string? ConferringAuthority { get; init; }

    /// <example>2025-07-01</example>
    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public DocumentRequest? LegalBasis { get; init; }

    /// <example>Điều 3</example>
    public string? Article { get; init; }

    /// <summary>Multiple of the base salary paid with the award.</summary>
    public decimal? BonusCoefficient { get; init; }

    public string? BonusBasis { get; init; }

    /// <example>0.9</example>
    public decimal? VoteShare { get; init; }

    /// <summary>True when the share is of all council members (default), false when of those present.</summary>
    public bool? VoteOfAllMembers { get; init; }

    /// <example>QĐ 71/2025/QĐ-UBND, Điều 3.5</example>
    public string? VoteBasis { get; init; }
}
