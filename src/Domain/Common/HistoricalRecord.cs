namespace ThiDua.Domain.Common;

/// <summary>
/// One act entered as history, as the record keeps it: what was done (<c>Action</c>: <c>opened-for-signing</c>,
/// <c>signed</c>, <c>finalized</c>, <c>submitted</c>…), its real date, its source document, and who entered it when.
/// </summary>
public sealed record HistoricalRecord(
    string Action,
    DateOnly OccurredOn,
    string SourceNumber,
    DateOnly SourceDate,
    string? SourceIssuer,
    string EnteredBy,
    DateTimeOffset EnteredAt)
{
    public DocumentReference SourceDocument() => DocumentReference.Create(SourceNumber, SourceDate, SourceIssuer);
}
