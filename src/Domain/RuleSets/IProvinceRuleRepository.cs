namespace ThiDua.Domain.RuleSets;

/// <summary>Loads and adds province rule overrides; implemented in Infrastructure.</summary>
public interface IProvinceRuleRepository
{
    Task<IReadOnlyList<ProvinceRuleOverride>> ForProvinceAsync(string province, CancellationToken cancellationToken);

    void Add(ProvinceRuleOverride rule);
}
