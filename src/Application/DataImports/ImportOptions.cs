namespace ThiDua.Application.DataImports;

/// <summary>Settings of Excel imports (section <c>Imports</c>; ADR 0033).</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>Default largest file: 16 MiB, several times a 20 000-row workbook of staff.</summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Room for the multipart framing beside the file, in the upload's body limit.</summary>
    public const long FramingAllowanceBytes = 16 * 1024;

    /// <summary>The largest file accepted (<c>Imports:MaxFileBytes</c>); a larger one gets 413 <c>import.file_too_large</c>.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The most data rows one import may hold, all sheets together (<c>Imports:MaxRows</c>).</summary>
    public int MaxRows { get; set; } = 50_000;

    /// <summary>Rows between two flushes of the import's transaction (and two progress reports).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Whether this instance runs imports (<c>Imports:WorkerEnabled</c>); every instance may, claims keep them apart.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often an idle worker looks for queued imports.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claim holds without a progress report: a running import whose lease ended was left by a worker that
    /// stopped (its transaction rolled back with it) and is claimed again, at most <see cref="MaxAttempts"/> times.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs an import may start before it is failed as <c>import.interrupted</c>.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The upload's whole body may be this large.</summary>
    public long MaxUploadBytes => MaxFileBytes + FramingAllowanceBytes;
}
