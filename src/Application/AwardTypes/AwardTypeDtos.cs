using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.AwardTypes;

/// <summary>
/// An award type with what the rule set in force on the requested date says about it: bonus coefficient, the bonus in
/// VND at the base salary of that date, and the council vote it needs. The rule fields are null before 2024-01-01,
/// when no rule set of this system is in force.
/// </summary>
public sealed record AwardTypeDto(
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    string LegalBasis,
    DateOnly On,
    string? RuleSet,
    decimal? BonusCoefficient,
    string? BonusLegalBasis,
    long? BaseSalaryVnd,
    long? BonusVnd,
    Application.RuleSets.Dtos.VoteThreshold? Vote)
{
    public static AwardTypeDto Of(AwardType type, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ruleSet = RuleSetCatalogue.InForceOn(on);
        var rule = ruleSet?.RuleFor(type.Code);
        var salary = BaseSalary.InForceOn(on);
        return new AwardTypeDto(
            type.Code,
            type.Name,
            type.RecipientKind,
            type.Category,
            type.Level,
            type.ConferringAuthority,
            type.LegalBasis,
            on,
            ruleSet?.Code,
            rule?.BonusCoefficient,
            rule?.BonusLegalBasis,
            salary?.AmountVnd,
            rule is not null && salary is not null ? salary.BonusFor(rule.BonusCoefficient) : null,
            rule is null ? null : Application.RuleSets.Dtos.VoteThreshold.From(rule.Vote));
    }
}
