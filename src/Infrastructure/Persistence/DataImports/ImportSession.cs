using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.DataImports;
using ThiDua.Domain.Awards;

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

/// <summary>Units by code and people by identifier, untracked, as the import run looks them up.</summary>
public sealed class ImportLookups(ThiDuaDbContext db) : IImportLookups
{
    public Task<Domain.Units.OrganisationUnit?> FindUnitByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().Where(u => u.Code == code).FirstOrDefaultAsync(cancellationToken);

    public async Task<ExistingPerson?> FindPersonAsync(string? citizenId, string? civilServantCode, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        ExistingPerson? found = null;
        if (citizenId is not null)
        {
            found = await people.Where(p => p.CitizenId == citizenId)
                .Select(p => new ExistingPerson(p.Id, p.FullName, p.CurrentUnitId, p.CitizenId, p.CivilServantCode)).FirstOrDefaultAsync(cancellationToken);
        }

        if (found is null && civilServantCode is not null)
        {
            found = await people.Where(p => p.CivilServantCode == civilServantCode)
                .Select(p => new ExistingPerson(p.Id, p.FullName, p.CurrentUnitId, p.CitizenId, p.CivilServantCode)).FirstOrDefaultAsync(cancellationToken);
        }

        return found;
    }

    public Task<bool> AwardStandsAsync(AwardRecord award, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(award);
        var oneOff = CommendationTypes.IsOneOff(award.CommendationType);

        // Narrowed first by an indexed column that stands for the recipient (person_id, or unit_id of a collective award),
        // so each row's check is an index lookup however large the register.
        var recipients = award.PersonId is { } personId
            ? db.AwardRecords.AsNoTracking().Where(a => a.PersonId == personId)
            : db.AwardRecords.AsNoTracking().Where(a => a.UnitId == award.UnitId && a.PersonId == null);
        return recipients.AnyAsync(
            a => a.RevocationGround == null && a.AwardTypeCode == award.AwardTypeCode && a.RecipientKey == award.RecipientKey
                && ((!oneOff && a.Year == award.Year && a.CommendationType != CommendationType.Sudden && a.CommendationType != CommendationType.Thematic)
                    || (a.Decision.Number == award.Decision.Number && a.Decision.Date == award.Decision.Date)),
            cancellationToken);
    }
}
