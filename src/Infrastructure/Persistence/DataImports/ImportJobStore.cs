using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDua.Application.DataImports;
using ThiDua.Application.DataImports.RunImport;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.DataImports;

/// <summary>Import jobs in PostgreSQL (ADR 0033): the application's view (<see cref="IImportJobs"/>) and the worker's claims.</summary>
public sealed class ImportJobStore(ThiDuaDbContext db, TimeProvider clock) : IImportJobs
{
    /// <summary>Errors returned with an import (all are counted; at most this many are stored).</summary>
    public const int ListedErrors = ImportRun.MaxKeptErrors;

    public async Task<Guid?> FindReusableAsync(string subject, string sha256, CancellationToken cancellationToken) =>
        await db.Imports.AsNoTracking()
            .Where(i => i.CreatedBy == subject && i.Sha256 == sha256 && i.Status != ImportRecord.Failed)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<(Guid Id, bool Created)> EnqueueAsync(NewImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        var fileName = import.FileName.Length > 255 ? import.FileName[..255] : import.FileName;
        var roles = import.Roles.ToArray();

        // Race-safe idempotency by hash: the partial unique index (created_by, sha256) WHERE status <> 'failed' arbitrates.
        // A concurrent upload of the same bytes by the same caller waits here for the first one's transaction; once it
        // commits, this insert does nothing and the winner is read (a new statement at READ COMMITTED sees it). Should the
        // first roll back, this insert proceeds and this upload is the import.
        var inserted = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO thidua.imports (id, file_name, sha256, total_rows, status, created_by, created_by_name, created_by_unit_id, created_by_roles,
                created_at, attempts, rows_read, rows_valid, rows_written, rows_matched, error_count)
            VALUES ({import.Id}, {fileName}, {import.Sha256}, {import.Rows}, {ImportRecord.Queued}, {import.Subject}, {import.DisplayName}, {import.UnitId}, {roles},
                {import.CreatedAt}, 0, 0, 0, 0, 0, 0)
            ON CONFLICT (created_by, sha256) WHERE status <> 'failed' DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (inserted.Count == 1)
        {
            db.ImportFiles.Add(new ImportFileRecord { ImportId = import.Id, Content = import.Content });
            return (import.Id, true);
        }

        var winner = await FindReusableAsync(import.Subject, import.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"Import of the same file by the same caller conflicted but is not found (hash {import.Sha256}).");
        return (winner, false);
    }

    public async Task<ImportDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return null;
        }

        var english = LocalizedText.IsEnglish(CultureInfo.CurrentUICulture);
        var errors = await db.ImportErrors.AsNoTracking()
            .Where(e => e.ImportId == id)
            .OrderBy(e => e.Ordinal)
            .Take(ListedErrors)
            .Select(e => new ImportCellErrorDto(e.Sheet, e.RowNumber, e.ColumnLetter, e.Header, e.Code, english ? e.MessageEn : e.MessageVi))
            .ToListAsync(cancellationToken);
        return new ImportDto(
            import.Id,
            StatusOf(import.Status),
            import.FileName,
            import.Sha256,
            import.TotalRows,
            new ImportCounts(import.RowsRead, import.RowsValid, import.RowsWritten, import.RowsMatched, import.ErrorCount),
            errors,
            import.FailureCode is { } code ? new ImportFailureDto(code, english ? import.FailureMessageEn ?? string.Empty : import.FailureMessageVi ?? string.Empty) : null,
            import.CreatedAt,
            import.StartedAt,
            import.FinishedAt);
    }

    public Task<string?> OwnerAsync(Guid id, CancellationToken cancellationToken) =>
        db.Imports.AsNoTracking().Where(i => i.Id == id).Select(i => i.CreatedBy).FirstOrDefaultAsync(cancellationToken);

    public Task<byte[]?> ReadFileAsync(Guid id, CancellationToken cancellationToken) =>
        db.ImportFiles.AsNoTracking().Where(f => f.ImportId == id).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> TryHoldAsync(Guid id, CancellationToken cancellationToken)
    {
        // Held until the import's transaction ends: a second instance that claimed the same import after a lease ran out
        // while the first still runs finds it held and leaves it (ADR 0033).
        var held = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryKey(id)}) AS \"Value\"").SingleAsync(cancellationToken);
        return held;
    }

    public async Task ReportProgressAsync(Guid id, ImportCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);

        // Its own connection: the import's transaction is not committed, and the counts must be visible while it runs.
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE thidua.imports
            SET rows_read = @read, rows_valid = @valid, rows_written = @written, rows_matched = @matched, error_count = @errors,
                lease_until = clock_timestamp() + @lease
            WHERE id = @id AND status = 'running'
            """,
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("read", counts.RowsRead);
        command.Parameters.AddWithValue("valid", counts.RowsValid);
        command.Parameters.AddWithValue("written", counts.RowsWritten);
        command.Parameters.AddWithValue("matched", counts.RowsMatched);
        command.Parameters.AddWithValue("errors", counts.Errors);
        command.Parameters.AddWithValue("lease", LeaseFor ?? TimeSpan.FromMinutes(2));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkSucceededAsync(Guid id, ImportCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var now = clock.GetUtcNow();
        await db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.Status, ImportRecord.Succeeded)
                .SetProperty(i => i.RowsRead, counts.RowsRead)
                .SetProperty(i => i.RowsValid, counts.RowsValid)
                .SetProperty(i => i.RowsWritten, counts.RowsWritten)
                .SetProperty(i => i.RowsMatched, counts.RowsMatched)
                .SetProperty(i => i.ErrorCount, 0)
                .SetProperty(i => i.FinishedAt, now)
                .SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
        await db.ImportFiles.Where(f => f.ImportId == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The lease a progress report renews (the worker's setting).</summary>
    public TimeSpan? LeaseFor { get; set; }

    /// <summary>
    /// Claims one import to run, in one statement: a queued one, or a running one whose lease ended (its worker stopped;
    /// its transaction rolled back) that has runs left — with <c>FOR UPDATE SKIP LOCKED</c>, so two instances never claim
    /// the same import. Returns the claimed import, or null.
    /// </summary>
    public async Task<ImportRecord?> ClaimAsync(TimeSpan lease, int maxAttempts, CancellationToken cancellationToken)
    {
        var claimed = await db.Imports.FromSql($"""
            UPDATE thidua.imports i
            SET status = 'running', attempts = i.attempts + 1, started_at = clock_timestamp(), lease_until = clock_timestamp() + {lease}
            WHERE i.id = (
                SELECT id FROM thidua.imports
                WHERE (status = 'queued' OR (status = 'running' AND lease_until < clock_timestamp() AND attempts < {maxAttempts}))
                ORDER BY created_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING i.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    /// <summary>Fails the running imports whose lease ended after their last allowed run (<c>import.interrupted</c>); returns how many.</summary>
    public async Task<int> FailInterruptedAsync(int maxAttempts, CancellationToken cancellationToken)
    {
        var failed = await db.Imports.FromSql($"""
            UPDATE thidua.imports i
            SET status = 'failed', finished_at = clock_timestamp(), lease_until = NULL,
                failure_code = {ImportErrors.Interrupted.Code}, failure_message_vi = {ImportErrors.Interrupted.Text.Vi}, failure_message_en = {ImportErrors.Interrupted.Text.En}
            WHERE i.id IN (
                SELECT id FROM thidua.imports
                WHERE status = 'running' AND lease_until < clock_timestamp() AND attempts >= {maxAttempts}
                FOR UPDATE SKIP LOCKED)
            RETURNING i.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        var ids = failed.Select(i => i.Id).ToList();
        if (ids.Count > 0)
        {
            await db.ImportFiles.Where(f => ids.Contains(f.ImportId)).ExecuteDeleteAsync(cancellationToken);
        }

        return ids.Count;
    }

    /// <summary>Records the end of a run that wrote nothing: the file's errors, or a failure of the run as a whole.</summary>
    public async Task RecordFailureAsync(Guid id, ImportCounts counts, IReadOnlyList<ImportCellError> errors, DomainError? failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(errors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var updated = await db.Imports.Where(i => i.Id == id && i.Status == ImportRecord.Running).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.Status, ImportRecord.Failed)
                .SetProperty(i => i.RowsRead, counts.RowsRead)
                .SetProperty(i => i.RowsValid, counts.RowsValid)
                .SetProperty(i => i.RowsWritten, 0)
                .SetProperty(i => i.RowsMatched, counts.RowsMatched)
                .SetProperty(i => i.ErrorCount, counts.Errors)
                .SetProperty(i => i.FinishedAt, now)
                .SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(i => i.FailureCode, failure == null ? null : failure.Code)
                .SetProperty(i => i.FailureMessageVi, failure == null ? null : failure.Text.Vi)
                .SetProperty(i => i.FailureMessageEn, failure == null ? null : failure.Text.En),
            cancellationToken);
        if (updated == 0)
        {
            return;
        }

        await db.ImportErrors.Where(e => e.ImportId == id).ExecuteDeleteAsync(cancellationToken);
        db.ImportErrors.AddRange(errors.Select((e, i) => new ImportErrorRecord
        {
            ImportId = id,
            Ordinal = i + 1,
            Sheet = e.Sheet,
            RowNumber = e.Row,
            ColumnLetter = e.Column,
            Header = e.Header,
            Code = e.Code,
            MessageVi = Truncate(e.MessageVi),
            MessageEn = Truncate(e.MessageEn),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await db.ImportFiles.Where(f => f.ImportId == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Truncate(string text) => text.Length > 1000 ? text[..1000] : text;

    private static long AdvisoryKey(Guid id) => BitConverter.ToInt64(id.ToByteArray(), 8);

    private static ImportStatus StatusOf(string status) => status switch
    {
        ImportRecord.Queued => ImportStatus.Queued,
        ImportRecord.Running => ImportStatus.Running,
        ImportRecord.Succeeded => ImportStatus.Succeeded,
        _ => ImportStatus.Failed,
    };
}
