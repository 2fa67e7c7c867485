using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.DataImports;

/// <summary>Reads an xlsx workbook row by row without loading its sheets (implemented with the OpenXML SAX reader).</summary>
public interface IWorkbookReader
{
    /// <summary>Opens the workbook; throws <see cref="ThiDua.Domain.Common.DomainRuleViolationException"/> with <see cref="ImportErrors.NotXlsx"/> when it is not one.</summary>
    IImportWorkbook Open(byte[] content);
}

/// <summary>An open workbook.</summary>
public interface IImportWorkbook : IDisposable
{
    bool HasSheet(string name);

    /// <summary>The sheet's non-blank rows in order, streamed: row number (1-based) and cell texts by zero-based column.</summary>
    IEnumerable<WorkbookRow> Rows(string sheetName);
}

/// <summary>A row of a sheet: its number (1-based) and the text of its non-empty cells by zero-based column index.</summary>
public sealed record WorkbookRow(int Number, IReadOnlyDictionary<int, string> Cells);

/// <summary>Writes the import template from <see cref="ImportTemplate"/>.</summary>
public interface IImportTemplateWriter
{
    byte[] Write();
}

/// <summary>Import jobs as stored (ADR 0033).</summary>
public interface IImportJobs
{
    /// <summary>The import the caller started from the same bytes that has not failed, if any (idempotency by hash).</summary>
    Task<Guid?> FindReusableAsync(string subject, string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a queued import in the command's transaction — unless the caller has one of the same bytes that has not
    /// failed, committed meanwhile by a concurrent upload: then that one's id, not created. Race-safe (ADR 0033).
    /// </summary>
    Task<(Guid Id, bool Created)> EnqueueAsync(NewImport import, CancellationToken cancellationToken);

    /// <summary>The import with its first errors, or null.</summary>
    Task<ImportDto?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Who started the import, or null when there is no such import.</summary>
    Task<string?> OwnerAsync(Guid id, CancellationToken cancellationToken);

    Task<byte[]?> ReadFileAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Holds the import for the current transaction (an advisory lock); false when another run holds it.</summary>
    Task<bool> TryHoldAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Writes the counts on a connection of its own (visible while the import's transaction runs) and renews the lease.</summary>
    Task ReportProgressAsync(Guid id, ImportCounts counts, CancellationToken cancellationToken);

    /// <summary>Marks the import succeeded in the import's own transaction, so the status commits with the data.</summary>
    Task MarkSucceededAsync(Guid id, ImportCounts counts, CancellationToken cancellationToken);
}

/// <summary>An import to queue: the caller as the token described them (to run the rows with their authority), the file and its hash.</summary>
public sealed record NewImport(
    Guid Id, string FileName, string Sha256, byte[] Content, int Rows, string Subject, string? DisplayName, Guid? UnitId, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);

/// <summary>
/// What the import run finds in the database, set-based: a batch of rows asks once for all the units, people and standing
/// awards it names (ADR 0033 amendment, issue 16), and <see cref="RunImport.ImportLookupCache"/> answers each row's
/// question from that; the decisions stay in the run's handler.
/// </summary>
public interface IImportLookups
{
    /// <summary>The units with these (normalised) codes, untracked.</summary>
    Task<IReadOnlyList<OrganisationUnit>> FindUnitsByCodeAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>The people with one of these citizen ids or one of these civil-servant codes.</summary>
    Task<IReadOnlyList<ExistingPerson>> FindPeopleAsync(IReadOnlyCollection<string> citizenIds, IReadOnlyCollection<string> civilServantCodes, CancellationToken cancellationToken);

    /// <summary>
    /// The standing (not revoked) awards of these people and of these collectives (a collective's own awards, not its
    /// members'), as plain facts; <see cref="StandingAward.IsRepeatedBy"/> tells whether a new award repeats one.
    /// </summary>
    Task<IReadOnlyList<StandingAward>> StandingAwardsAsync(IReadOnlyCollection<PersonId> people, IReadOnlyCollection<UnitId> units, CancellationToken cancellationToken);
}

/// <summary>An award a person (<see cref="PersonId"/>) or a collective (<see cref="UnitId"/>, no person) holds and has not lost.</summary>
public sealed record StandingAward(
    PersonId? PersonId, UnitId UnitId, Guid RecipientKey, string AwardTypeCode, int Year, CommendationType CommendationType, string DecisionNumber, DateOnly DecisionDate)
{
    /// <summary>
    /// Whether <paramref name="award"/> would repeat this one for the same recipient: of the same type and year when
    /// neither is a one-off (the unique rule R8 the single-record path meets as <c>award.duplicate</c>), or of the same
    /// type by the same decision (number and date, compared exactly), whatever its kind.
    /// </summary>
    public bool IsRepeatedBy(AwardRecord award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var sameRecipient = award.PersonId is { } personId ? PersonId == personId : PersonId is null && UnitId == award.UnitId;
        return sameRecipient && RecipientKey == award.RecipientKey && string.Equals(AwardTypeCode, award.AwardTypeCode, StringComparison.Ordinal)
            && ((!CommendationTypes.IsOneOff(award.CommendationType) && Year == award.Year && !CommendationTypes.IsOneOff(CommendationType))
                || (string.Equals(DecisionNumber, award.Decision.Number, StringComparison.Ordinal) && DecisionDate == award.Decision.Date));
    }
}

/// <summary>A person found by identifier.</summary>
public sealed record ExistingPerson(PersonId Id, string FullName, UnitId CurrentUnitId, string? CitizenId, string? CivilServantCode);

/// <summary>
/// The import's transaction: <see cref="FlushAsync"/> writes what the rows so far changed (domain events, audit entries,
/// rows) without committing, and forgets the written entities, so memory stays flat over a long file.
/// </summary>
public interface IImportSession
{
    Task FlushAsync(CancellationToken cancellationToken);
}
