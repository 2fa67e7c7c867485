namespace ThiDua.Infrastructure.Persistence.DataImports;

/// <summary>
/// An Excel import job (ADR 0033): who started it (to run its rows with their authority), the file's hash, status,
/// lease and progress counts. Its file and its errors are kept apart (<see cref="ImportFileRecord"/>, <see cref="ImportErrorRecord"/>).
/// </summary>
public sealed class ImportRecord
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public Guid Id { get; set; }

    public string FileName { get; set; } = string.Empty;

    /// <summary>SHA-256 of the file, lowercase hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public int TotalRows { get; set; }

    public string Status { get; set; } = Queued;

    /// <summary>The token's subject of the caller who started it.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    public string? CreatedByName { get; set; }

    /// <summary>The caller's unit (<c>unit_id</c> claim), if any.</summary>
    public Guid? CreatedByUnitId { get; set; }

    /// <summary>The caller's roles when the file was uploaded.</summary>
    public List<string> CreatedByRoles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>While running: until when the worker's claim holds (database time), renewed by every progress report.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Runs started (claims).</summary>
    public int Attempts { get; set; }

    public int RowsRead { get; set; }

    public int RowsValid { get; set; }

    public int RowsWritten { get; set; }

    public int RowsMatched { get; set; }

    public int ErrorCount { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureMessageVi { get; set; }

    public string? FailureMessageEn { get; set; }
}

/// <summary>The uploaded bytes of an import, deleted when the import ends (the hash stays on the import).</summary>
public sealed class ImportFileRecord
{
    public Guid ImportId { get; set; }

    public byte[] Content { get; set; } = [];
}

/// <summary>One cell's error of a failed import, in file order.</summary>
public sealed class ImportErrorRecord
{
    public Guid ImportId { get; set; }

    public int Ordinal { get; set; }

    public string Sheet { get; set; } = string.Empty;

    public int RowNumber { get; set; }

    public string ColumnLetter { get; set; } = string.Empty;

    public string Header { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string MessageVi { get; set; } = string.Empty;

    public string MessageEn { get; set; } = string.Empty;
}
