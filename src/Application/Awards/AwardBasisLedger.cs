using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Application.Awards;

/// <summary>
/// Keeps rule R9 when awards are recorded: an initiative or scientific work supports one award only (Công văn
/// 5007/BNV-TĐKT (2023), mục III.5.c). The people's rows are locked first, so that two decisions cannot both use it.
/// </summary>
public sealed class AwardBasisLedger(IPersonRepository people, IAwardRecordRepository awards)
{
    private readonly Dictionary<PersonId, HashSet<Guid>> _claimed = [];

    /// <summary>Locks the people's rows for this unit of work, in one statement in id order.</summary>
    public async Task LockAsync(IEnumerable<PersonId> personIds, CancellationToken cancellationToken)
    {
        var toLock = personIds.Distinct().Where(id => !_claimed.ContainsKey(id)).ToList();
        if (toLock.Count == 0)
        {
            return;
        }

        await people.GetManyForChangeAsync(toLock, cancellationToken);
        foreach (var id in toLock)
        {
            _claimed[id] = [];
        }
    }

    /// <summary>Which of <paramref name="basis"/> already support a standing award of the person, or an award claimed in this unit of work.</summary>
    public async Task<IReadOnlySet<Guid>> UsedAsync(PersonId personId, IReadOnlyCollection<Guid> basis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await LockAsync([personId], cancellationToken);
        return (await awards.BasisInUseAsync(personId, basis, cancellationToken)).Concat(basis.Where(_claimed[personId].Contains)).ToHashSet();
    }

    /// <summary>Claims <paramref name="basis"/> for a new award of <paramref name="person"/>, within this unit of work.</summary>
    public async Task ClaimAsync(Person person, IReadOnlyCollection<Guid> basis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var used = await UsedAsync(person.Id, basis, cancellationToken);
        if (used.Count > 0)
        {
            var titles = person.Initiatives.Where(i => used.Contains(i.Id)).Select(i => $"'{i.Title}' ({i.Year})");
            throw new DomainRuleViolationException(AwardErrors.InitiativeAlreadyUsed.WithMessage(
                $"{person.FullName}: {string.Join(", ", titles)} already supports another award; an initiative supports one award only (R9)."));
        }

        if (basis.Count > 0)
        {
            _claimed[person.Id].UnionWith(basis);
        }
    }
}
