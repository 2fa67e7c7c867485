using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.StoredShapes;

/// <summary>The stored shape of one act entered as history (ADR 0014), kept in the <c>history</c> column of covenants, assessments, registrations and reports.</summary>
internal sealed record HistoricalRecordV1(
    string Action,
    DateOnly OccurredOn,
    string SourceNumber,
    DateOnly SourceDate,
    string? SourceIssuer,
    string EnteredBy,
    DateTimeOffset EnteredAt) : StoredShape
{
    public static HistoricalRecordV1 From(HistoricalRecord record) =>
        new(record.Action, record.OccurredOn, record.SourceNumber, record.SourceDate, record.SourceIssuer, record.EnteredBy, record.EnteredAt);

    public static IReadOnlyList<HistoricalRecordV1> FromAll(IReadOnlyList<HistoricalRecord> records) => records.Select(From).ToList();

    public static IReadOnlyList<HistoricalRecord> ToDomainAll(IReadOnlyList<HistoricalRecordV1> records) => records.Select(r => r.ToDomain()).ToList();

    public HistoricalRecord ToDomain()
    {
        EnsureVersion(1);
        return new(Action, OccurredOn, SourceNumber, SourceDate, SourceIssuer, EnteredBy, EnteredAt);
    }
}
