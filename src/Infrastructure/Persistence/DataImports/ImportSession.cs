using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.DataImports;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.DataImports;

/// <summary>
/// Flushes an import's batch inside the command's transaction: <see cref="IReadAfterWrite"/> writes what is pending
/// exactly as a commit would (domain events, audit entries, rows) without committing; the change tracker then forgets
/// the written entities, so a 20 000-row import holds one batch in memory, not the whole file.
/// </summary>
public sealed class ImportSession(ThiDuaDbContext db, HistoryAuditMark history) : IImportSession
{
    private static readonly object Flushed = new();

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await ((IReadAfterWrite)db).ReadAsync(_ => Task.FromResult<object?>(Flushed), cancellationToken);
        db.ChangeTracker.Clear();
        history.ForgetResources();
    }
}

/// <summary>
/// Units by code, people by identifier and standing awards by recipient, untracked, for a batch of import rows at a
/// time: one statement each, however many rows the batch holds (issue 16).
/// </summary>
public sealed class ImportLookups(ThiDuaDbContext db) : IImportLookups
{
    public async Task<IReadOnlyList<Domain.Units.OrganisationUnit>> FindUnitsByCodeAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ExistingPerson>> FindPeopleAsync(
        IReadOnlyCollection<string> citizenIds, IReadOnlyCollection<string> civilServantCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizenIds);
        ArgumentNullException.ThrowIfNull(civilServantCodes);
        if (citizenIds.Count == 0 && civilServantCodes.Count == 0)
        {
            return [];
        }

        // Each side is an indexed = ANY(...) (the unique indexes on citizen_id and civil_servant_code), OR-ed.
        return await db.People.AsNoTracking()
            .Where(p => (p.CitizenId != null && citizenIds.Contains(p.CitizenId)) || (p.CivilServantCode != null && civilServantCodes.Contains(p.CivilServantCode)))
            .Select(p => new ExistingPerson(p.Id, p.FullName, p.CurrentUnitId, p.CitizenId, p.CivilServantCode))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StandingAward>> StandingAwardsAsync(IReadOnlyCollection<PersonId> people, IReadOnlyCollection<UnitId> units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(units);
        if (people.Count == 0 && units.Count == 0)
        {
            return [];
        }

        // Narrowed by the indexed columns that stand for the recipient (person_id, or unit_id of a collective award).
        return await db.AwardRecords.AsNoTracking()
            .Where(a => a.RevocationGround == null
                && ((a.PersonId != null && people.Contains(a.PersonId.Value)) || (a.PersonId == null && units.Contains(a.UnitId))))
            .Select(a => new StandingAward(a.PersonId, a.UnitId, a.RecipientKey, a.AwardTypeCode, a.Year, a.CommendationType, a.Decision.Number, a.Decision.Date))
            .ToListAsync(cancellationToken);
    }
}
