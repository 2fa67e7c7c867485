namespace ThiDua.Application.DataImports.RunImport;

/// <summary>The file had errors: nothing was written; the errors (at most <see cref="ImportRun.MaxKeptErrors"/>) and the counts are recorded.</summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportCellError> errors, ImportCounts counts)
    : Exception($"The import was rejected with {counts.Errors} errors.")
{
    public IReadOnlyList<ImportCellError> Errors { get; } = errors;

    public ImportCounts Counts { get; } = counts;
}

/// <summary>One cell's error as stored: both languages of its message.</summary>
public sealed record ImportCellError(string Sheet, int Row, string Column, string Header, string Code, string MessageVi, string MessageEn);

/// <summary>Another run (on another instance) holds the import: this run leaves it, having changed nothing.</summary>
public sealed class ImportHeldElsewhereException(Guid importId) : Exception($"Import {importId} is being run elsewhere.")
{
    public Guid ImportId { get; } = importId;
}
