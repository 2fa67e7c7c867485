using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.RuleSets;

/// <summary>
/// The rules that apply to a unit of a province on a date: the national rule set with the province's parameters in force
/// that day (shares, attendance of award sessions, R12, the flag's provincial article) and the province's own award types.
/// Which province: the unit's own (for a person, their unit's; for a council session, the dossier's proposing unit's).
/// </summary>
public sealed class ProvinceRules(IProvinceParametersRepository parameters, IProvincialAwardTypeRepository awardTypes, IUnitRepository units)
{
    /// <summary>The rule set for units of <paramref name="province"/> on <paramref name="on"/>.</summary>
    public async Task<RuleSet> ApplyAsync(RuleSet national, string province, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(national);
        ArgumentNullException.ThrowIfNull(province);
        var applied = ProvinceParameters.Apply(national, await parameters.ForProvinceAsync(province, cancellationToken), on);

        // Every own type of the province, whatever its dates: whether it may be proposed is checked when a line, a target
        // title or an award names it (ResolveAsync); a dossier accepted while it applied is voted and decided on its rules.
        var own = await awardTypes.ForProvinceAsync(province, cancellationToken);
        return own.Count == 0 ? applied : applied.WithProvincialAwardTypes(own.Select(t => t.ToAwardType()).ToList(), own.Select(t => t.ToAwardRule()).ToList());
    }

    /// <summary>The rule set for the units of the province of <paramref name="unitId"/>.</summary>
    public async Task<RuleSet> ForUnitAsync(RuleSet national, UnitId unitId, DateOnly on, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(unitId, cancellationToken) ?? throw new NotFoundException("Unit", unitId.Value);
        return await ApplyAsync(national, unit.Province, on, cancellationToken);
    }

    /// <summary>
    /// The award type <paramref name="code"/> names for a unit of <paramref name="province"/> on <paramref name="on"/>: a
    /// national one, or the province's own in force that day; null when no award type has that code. Another province's
    /// own type answers <c>award_type.other_province</c>, one out of its dates <c>award_type.not_in_force</c> (422).
    /// </summary>
    public async Task<AwardType?> ResolveAsync(string code, string province, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (AwardCatalogue.Find(code) is { } national)
        {
            return national;
        }

        var own = await awardTypes.FindByCodeAsync(code, cancellationToken);
        if (own is null)
        {
            return null;
        }

        own.EnsureAppliesTo(province, on);
        return own.ToAwardType();
    }

    /// <summary>The province's own types among <paramref name="codes"/>, each checked as <see cref="ResolveAsync"/> does.</summary>
    public async Task<IReadOnlyList<AwardType>> ResolveOwnAsync(IEnumerable<string> codes, string province, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var result = new List<AwardType>();
        foreach (var code in codes.Where(c => AwardCatalogue.Find(c) is null).Distinct(StringComparer.Ordinal))
        {
            if (await ResolveAsync(code, province, on, cancellationToken) is { } type)
            {
                result.Add(type);
            }
        }

        return result;
    }
}
