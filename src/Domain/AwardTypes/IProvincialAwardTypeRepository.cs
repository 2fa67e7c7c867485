namespace ThiDua.Domain.AwardTypes;

/// <summary>Loads and adds provinces' own award types; implemented in Infrastructure.</summary>
public interface IProvincialAwardTypeRepository
{
    Task<ProvincialAwardType?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProvincialAwardType>> ForProvinceAsync(string province, CancellationToken cancellationToken);

    void Add(ProvincialAwardType type);
}
