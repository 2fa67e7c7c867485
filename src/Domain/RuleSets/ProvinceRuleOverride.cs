using ThiDua.Domain.Common;

namespace ThiDua.Domain.RuleSets;

/// <summary>Identity of a province's override of a rule parameter.</summary>
public readonly record struct ProvinceRuleOverrideId(Guid Value) : IEntityId
{
    public static ProvinceRuleOverrideId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A province's own threshold for a rule the Law lets it detail, from a date, with the provincial regulation that sets
/// it — e.g. Bắc Ninh requires at least 70 % of members with Lao động tiên tiến for Tập thể lao động tiên tiến
/// (QĐ 86/2025/QĐ-UBND, Art. 4.2) where the Law says more than half (Law 06/2022/QH15 Art. 28).
/// </summary>
public sealed class ProvinceRuleOverride : AggregateRoot<ProvinceRuleOverrideId>
{
    public const int ArticleMaxLength = 200;

    private ProvinceRuleOverride()
    {
    }

    /// <summary>The province, as units record it (e.g. "Bắc Ninh").</summary>
    public string Province { get; private set; } = null!;

    /// <summary>Upper-cased province, for matching.</summary>
    public string ProvinceKey { get; private set; } = null!;

    public DateOnly EffectiveFrom { get; private set; }

    public decimal AdvancedCollectiveMemberShare { get; private set; }

    public bool AdvancedCollectiveShareInclusive { get; private set; }

    public DocumentReference LegalBasis { get; private set; } = null!;

    /// <summary>The article of the regulation (e.g. "Điều 4.2").</summary>
    public string Article { get; private set; } = null!;

    public static ProvinceRuleOverride Create(
        string province, DateOnly effectiveFrom, decimal share, bool inclusive, DocumentReference legalBasis, string article, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(province);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        if (share is <= 0m or > 1m)
        {
            throw new DomainRuleViolationException(RuleSetErrors.ShareOutOfRange);
        }

        if (legalBasis.Date > effectiveFrom)
        {
            throw new DomainRuleViolationException(RuleSetErrors.OverrideBeforeItsRegulation);
        }

        var cleanProvince = Text.Clean(province);
        var rule = new ProvinceRuleOverride
        {
            Id = ProvinceRuleOverrideId.New(),
            Province = cleanProvince,
            ProvinceKey = KeyOf(cleanProvince),
            EffectiveFrom = effectiveFrom,
            AdvancedCollectiveMemberShare = share,
            AdvancedCollectiveShareInclusive = inclusive,
            LegalBasis = legalBasis,
            Article = Text.Clean(article),
        };
        rule.Touch(now);
        return rule;
    }

    public static string KeyOf(string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return Text.Clean(province).ToUpperInvariant();
    }

    /// <summary>
    /// The rule set with the province's parameters in force on <paramref name="date"/> applied (the latest override that
    /// has started), or unchanged when the province has none.
    /// </summary>
    public static RuleSet Apply(RuleSet ruleSet, IEnumerable<ProvinceRuleOverride> overrides, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(overrides);
        var current = overrides.Where(o => o.EffectiveFrom <= date).MaxBy(o => o.EffectiveFrom);
        return current is null
            ? ruleSet
            : ruleSet with
            {
                Eligibility = ruleSet.Eligibility with
                {
                    AdvancedCollectiveMemberShare = current.AdvancedCollectiveMemberShare,
                    AdvancedCollectiveShareInclusive = current.AdvancedCollectiveShareInclusive,
                    AdvancedCollectiveBasis = $"{current.LegalBasis.Number} ({current.Province}), {current.Article}",
                },
            };
    }
}
