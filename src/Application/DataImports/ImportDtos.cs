namespace ThiDua.Application.DataImports;

/// <summary>Where an import stands.</summary>
public enum ImportStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued = 1,

    /// <summary>A worker is reading and writing the rows (in one transaction, committed only if every row is valid).</summary>
    Running = 2,

    /// <summary>Every row was valid and everything was written.</summary>
    Succeeded = 3,

    /// <summary>Nothing was written: the file had errors (<c>errors</c>), or the run failed (<c>failure</c>).</summary>
    Failed = 4,
}

/// <summary>Counts of an import: rows read, rows valid, rows written (created or changed), rows that matched existing records unchanged, and errors.</summary>
public sealed record ImportCounts(int RowsRead, int RowsValid, int RowsWritten, int RowsMatched, int Errors)
{
    public static readonly ImportCounts None = new(0, 0, 0, 0, 0);
}

/// <summary>One error of one cell: sheet, row number, column letter and header, stable code and message. Messages never quote the cell's value.</summary>
public sealed record ImportCellErrorDto(string Sheet, int Row, string Column, string Header, string Code, string Message);

/// <summary>Why a run failed as a whole (not a cell's error): <c>import.interrupted</c> or <c>import.failed</c>.</summary>
public sealed record ImportFailureDto(string Code, string Message);

/// <summary>An Excel import (ADR 0033).</summary>
/// <param name="Id">The import's id.</param>
/// <param name="Status">queued, running, succeeded or failed.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Sha256">SHA-256 of the file, hex: the same bytes uploaded again by the same caller give this import back.</param>
/// <param name="TotalRows">Data rows of the file, counted at upload.</param>
/// <param name="Counts">Progress counts, updated while the import runs.</param>
/// <param name="Errors">The first errors (at most 1000), in file order; <c>counts.errors</c> counts all.</param>
/// <param name="Failure">Why a run failed as a whole, when it did.</param>
/// <param name="CreatedAt">When the file was uploaded.</param>
/// <param name="StartedAt">When a worker last started running it.</param>
/// <param name="FinishedAt">When it succeeded or failed.</param>
public sealed record ImportDto(
    Guid Id,
    ImportStatus Status,
    string FileName,
    string Sha256,
    int TotalRows,
    ImportCounts Counts,
    IReadOnlyList<ImportCellErrorDto> Errors,
    ImportFailureDto? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);
