namespace ThiDua.Domain.RuleSets;

/// <summary>Loads and adds the dated versions of provinces' rule parameters; implemented in Infrastructure.</summary>
public interface IProvinceParametersRepository
{
    /// <summary>The province's versions, oldest first.</summary>
    Task<IReadOnlyList<ProvinceParameters>> ForProvinceAsync(string province, CancellationToken cancellationToken);

    void Add(ProvinceParameters parameters);
}
