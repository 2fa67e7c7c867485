namespace ThiDua.Domain.Nominations;

/// <summary>Loads and adds nominations; implemented in Infrastructure.</summary>
public interface INominationRepository
{
    Task<Nomination?> GetByIdAsync(NominationId id, CancellationToken cancellationToken);

    void Add(Nomination nomination);
}
