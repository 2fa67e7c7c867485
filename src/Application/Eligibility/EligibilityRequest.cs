using FluentValidation;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.People;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.Eligibility;

/// <summary>What is asked: an award type, a year of achievement, a commendation type, and the date that picks the rule set.</summary>
public sealed record EligibilityRequest(string AwardTypeCode, int Year, CommendationType CommendationType, DateOnly? On)
{
    /// <summary>The award type code, trimmed and upper-cased.</summary>
    public string Code => AwardTypeCode.Trim().ToUpperInvariant();

    /// <summary>The evaluation date: <c>On</c>, or today in Vietnam.</summary>
    public DateOnly DateOn(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return On ?? LegalCalendar.DateInVietnam(clock.GetUtcNow());
    }

    /// <summary>
    /// The award type (of <paramref name="kind"/>) and the rule set in force on <c>On</c> (default today in Vietnam).
    /// <paramref name="provincialType"/> is the province's own type the code names, already checked to apply.
    /// </summary>
    public (AwardType Type, RuleSet RuleSet, DateOnly On) Resolve(RecipientKind kind, TimeProvider clock, AwardType? provincialType = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var type = AwardCatalogue.Find(Code) ?? provincialType
            ?? throw new NotFoundException(NotFoundErrors.AwardType, $"Award type '{AwardTypeCode}' is not in the catalogue.");
        if (type.RecipientKind != kind)
        {
            throw new DomainRuleViolationException(AwardErrors.RecipientKindMismatch.WithMessage(
                $"{type.Name} is conferred on {(type.RecipientKind == RecipientKind.Individual ? "a person" : "a collective")}."));
        }

        var on = On ?? LegalCalendar.DateInVietnam(clock.GetUtcNow());
        var ruleSet = RuleSetCatalogue.InForceOn(on) ?? throw new DomainRuleViolationException(EligibilityErrors.NoRuleSet.WithMessage(
            $"No rule set of this system is in force on {on:yyyy-MM-dd}; the first starts on {RuleSetCatalogue.All[0].EffectiveFrom:yyyy-MM-dd}."));
        return (type, ruleSet, on);
    }
}

/// <summary>Error codes of eligibility requests.</summary>
public static class EligibilityErrors
{
    public static readonly DomainError NoRuleSet = DomainError.Rule("eligibility.no_rule_set", "No rule set is in force on that date.");
}

public sealed class EligibilityRequestValidator : AbstractValidator<EligibilityRequest>
{
    public EligibilityRequestValidator()
    {
        RuleFor(x => x.AwardTypeCode).NotEmpty().MaximumLength(64).OverridePropertyName("awardType");
        RuleFor(x => x.Year).AchievementYear().OverridePropertyName("year");
        RuleFor(x => x.CommendationType).IsInEnum().OverridePropertyName("commendationType");
    }
}
