using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.History;

/// <summary>
/// An act entered as history (ADR 0014): what was done (<c>action</c>), its real date (<c>occurredOn</c>), the document it
/// was entered from, and who entered it when (<c>enteredBy</c>, <c>enteredAt</c>).
/// </summary>
public sealed record HistoricalRecordDto(string Action, DateOnly OccurredOn, DocumentDto SourceDocument, string EnteredBy, DateTimeOffset EnteredAt)
{
    public static HistoricalRecordDto? From(HistoricalRecord? record) =>
        record is null
            ? null
            : new HistoricalRecordDto(record.Action, record.OccurredOn, new DocumentDto(record.SourceNumber, record.SourceDate, record.SourceIssuer), record.EnteredBy, record.EnteredAt);

    public static IReadOnlyList<HistoricalRecordDto> From(IEnumerable<HistoricalRecord> records) =>
        records.Select(r => From(r)!).ToList();
}
