using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Application.Awards;

/// <summary>
/// Keeps rule R9 when awards are recorded: an initiative or scientific work supports one award only (Công văn
/// 5007/BNV-TĐKT (2023), mục III.5.c). The person's row is locked first so that two decisions cannot both use it.
/// </summary>
public sealed class AwardBasisLedger(IPersonRepository people, IAwardRecordRepository awards)
{
    private readonly Dictionary<PersonId, HashSet<Guid>> _claimed = [];

    /// <summary>Claims <paramref name="basis"/> for a new award of <paramref name="person"/>, within this unit of work.</summary>
    public async Task ClaimAsync(Person person, IReadOnlyCollection<Guid> basis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Count == 0)
        {
            return;
        }

        if (!_claimed.TryGetValue(person.Id, out var claimed))
        {
            await people.LockForAwardAsync(person.Id, cancellationToken);
            claimed = [];
            _claimed[person.Id] = claimed;
        }

        var used = (await awards.BasisInUseAsync(person.Id, basis, cancellationToken)).Concat(basis.Where(claimed.Contains)).ToHashSet();
        if (used.Count > 0)
        {
            var titles = person.Initiatives.Where(i => used.Contains(i.Id)).Select(i => $"'{i.Title}' ({i.Year})");
            throw new DomainRuleViolationException(AwardErrors.InitiativeAlreadyUsed.WithMessage(
                $"{person.FullName}: {string.Join(", ", titles)} already supports another award; an initiative supports one award only (R9)."));
        }

        claimed.UnionWith(basis);
    }
}
