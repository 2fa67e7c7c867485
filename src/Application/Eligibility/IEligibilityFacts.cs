using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility;

/// <summary>Gathers, from the records, the facts the eligibility rules read (implemented in Infrastructure).</summary>
public interface IEligibilityFacts
{
    /// <summary>The person's facts, or null when the person does not exist.</summary>
    Task<PersonFacts?> ForPersonAsync(PersonId personId, CancellationToken cancellationToken);

    /// <summary>
    /// The facts of several people at once (a dossier's lines), by id; people that do not exist are absent. A fixed
    /// number of queries, however many people (issue 13 target 3: a dossier of 200 lines).
    /// </summary>
    Task<IReadOnlyDictionary<PersonId, PersonFacts>> ForPeopleAsync(IReadOnlyCollection<PersonId> personIds, CancellationToken cancellationToken);

    /// <summary>The unit's facts for a year (members are those employed there at some time in the year), or null when the unit does not exist.</summary>
    Task<UnitFacts?> ForUnitAsync(UnitId unitId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// The facts of several units for a year at once (a dossier's collective lines), by id; units that do not exist are
    /// absent. A fixed number of queries, however many units (issue 13; ADR 0036, amendment).
    /// </summary>
    Task<IReadOnlyDictionary<UnitId, UnitFacts>> ForUnitsAsync(IReadOnlyCollection<UnitId> unitIds, int year, CancellationToken cancellationToken);
}
