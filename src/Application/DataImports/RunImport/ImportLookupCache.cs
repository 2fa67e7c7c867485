using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.DataImports.RunImport;

/// <summary>
/// The database's answers to an import batch's questions (issue 16): <see cref="PrefetchAsync"/> asks
/// <see cref="IImportLookups"/> once for every unit code, citizen id, civil-servant code and award recipient the batch's
/// rows name, and each row's question is then answered from memory, exactly as a single-record lookup of the same key
/// would answer it; a key no prefetch asked for is asked alone. Only the database's facts are here: what the file
/// itself added is the handler's (it is checked first, as before), and the import changes no fact kept here (an
/// existing unit's code, an existing person's name, unit or identifiers, an existing award). <see cref="Forget"/>
/// empties it at each flush, so memory holds one batch.
/// </summary>
public sealed class ImportLookupCache(IImportLookups lookups)
{
    private readonly Dictionary<string, OrganisationUnit?> _unitsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExistingPerson?> _byCitizenId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExistingPerson?> _byCivilServantCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<StandingAward>> _awardsOfPeople = [];
    private readonly Dictionary<Guid, List<StandingAward>> _awardsOfUnits = [];

    /// <summary>Asks once for the units (normalised codes) and people the batch names that were not asked for yet.</summary>
    public async Task PrefetchAsync(IEnumerable<string> unitCodes, IEnumerable<string> citizenIds, IEnumerable<string> civilServantCodes, CancellationToken cancellationToken)
    {
        var codes = unitCodes.Where(c => !_unitsByCode.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        if (codes.Count > 0)
        {
            foreach (var code in codes)
            {
                _unitsByCode[code] = null;
            }

            foreach (var unit in await lookups.FindUnitsByCodeAsync(codes, cancellationToken))
            {
                _unitsByCode[unit.Code] = unit;
            }
        }

        var ids = citizenIds.Where(c => !_byCitizenId.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        var servants = civilServantCodes.Where(c => !_byCivilServantCode.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        if (ids.Count > 0 || servants.Count > 0)
        {
            foreach (var id in ids)
            {
                _byCitizenId[id] = null;
            }

            foreach (var code in servants)
            {
                _byCivilServantCode[code] = null;
            }

            foreach (var person in await lookups.FindPeopleAsync(ids, servants, cancellationToken))
            {
                if (person.CitizenId is { } citizenId && ids.Contains(citizenId))
                {
                    _byCitizenId[citizenId] ??= person;
                }

                if (person.CivilServantCode is { } code && servants.Contains(code))
                {
                    _byCivilServantCode[code] ??= person;
                }
            }
        }
    }

    /// <summary>Asks once for the standing awards of the people and collectives not asked for yet.</summary>
    public async Task PrefetchAwardsAsync(IEnumerable<PersonId> people, IEnumerable<UnitId> units, CancellationToken cancellationToken)
    {
        var persons = people.Where(p => !_awardsOfPeople.ContainsKey(p.Value)).ToHashSet();
        var collectives = units.Where(u => !_awardsOfUnits.ContainsKey(u.Value)).ToHashSet();
        if (persons.Count == 0 && collectives.Count == 0)
        {
            return;
        }

        foreach (var person in persons)
        {
            _awardsOfPeople[person.Value] = [];
        }

        foreach (var unit in collectives)
        {
            _awardsOfUnits[unit.Value] = [];
        }

        foreach (var award in await lookups.StandingAwardsAsync(persons, collectives, cancellationToken))
        {
            var list = award.PersonId is { } personId ? _awardsOfPeople.GetValueOrDefault(personId.Value) : _awardsOfUnits.GetValueOrDefault(award.UnitId.Value);
            list?.Add(award);
        }
    }

    /// <summary>The unit with this (normalised) code, untracked, or null.</summary>
    public async Task<OrganisationUnit?> FindUnitByCodeAsync(string code, CancellationToken cancellationToken)
    {
        await PrefetchAsync([code], [], [], cancellationToken);
        return _unitsByCode[code];
    }

    /// <summary>The person with this citizen id, else the one with this civil-servant code (either may be null), or null.</summary>
    public async Task<ExistingPerson?> FindPersonAsync(string? citizenId, string? civilServantCode, CancellationToken cancellationToken)
    {
        if (citizenId is not null)
        {
            await PrefetchAsync([], [citizenId], [], cancellationToken);
            if (_byCitizenId[citizenId] is { } found)
            {
                return found;
            }
        }

        if (civilServantCode is not null)
        {
            await PrefetchAsync([], [], [civilServantCode], cancellationToken);
            return _byCivilServantCode[civilServantCode];
        }

        return null;
    }

    /// <summary>Whether the recipient already holds a standing award that <paramref name="award"/> would repeat (<see cref="StandingAward.IsRepeatedBy"/>).</summary>
    public async Task<bool> AwardStandsAsync(AwardRecord award, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(award);
        List<StandingAward> held;
        if (award.PersonId is { } personId)
        {
            await PrefetchAwardsAsync([personId], [], cancellationToken);
            held = _awardsOfPeople[personId.Value];
        }
        else
        {
            await PrefetchAwardsAsync([], [award.UnitId], cancellationToken);
            held = _awardsOfUnits[award.UnitId.Value];
        }

        return held.Exists(a => a.IsRepeatedBy(award));
    }

    /// <summary>Forgets every answer (at a flush: the next batch asks again).</summary>
    public void Forget()
    {
        _unitsByCode.Clear();
        _byCitizenId.Clear();
        _byCivilServantCode.Clear();
        _awardsOfPeople.Clear();
        _awardsOfUnits.Clear();
    }
}
