namespace ThiDua.Domain.Common;

/// <summary>
/// What a write in historical record mode brings: the date the act really took place, the document that records it, and
/// who enters it when. Built by the use case from the request and the caller; the aggregates check its date.
/// </summary>
public sealed record HistoricalEntry
{
    private HistoricalEntry(DateOnly occurredOn, DocumentReference source, string enteredBy, DateTimeOffset enteredAt)
    {
        OccurredOn = occurredOn;
        Source = source;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    /// <summary>The real date of the act (a date in Vietnam).</summary>
    public DateOnly OccurredOn { get; }

    /// <summary>The document the act is entered from: the signed covenant, the conference minutes, the unit's registration letter.</summary>
    public DocumentReference Source { get; }

    /// <summary>Token subject of the administrator or council officer who enters it.</summary>
    public string EnteredBy { get; }

    /// <summary>When it is entered.</summary>
    public DateTimeOffset EnteredAt { get; }

    /// <summary>
    /// A historical act is in the past or today, never in the future (<c>history.date_in_future</c>): history records what
    /// happened.
    /// </summary>
    public static HistoricalEntry Create(DateOnly occurredOn, DocumentReference source, string enteredBy, DateTimeOffset enteredAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(enteredBy);
        var today = LegalCalendar.DateInVietnam(enteredAt);
        if (occurredOn > today)
        {
            throw new DomainRuleViolationException(HistoryErrors.DateInFuture.WithMessage(
                $"Hành vi được ghi nhận theo chế độ lịch sử phải diễn ra trước hoặc trong ngày hôm nay ({today:dd'/'MM'/'yyyy}); ngày {occurredOn:dd'/'MM'/'yyyy} là ngày trong tương lai.",
                $"A historical act took place on or before today ({today:yyyy-MM-dd}); {occurredOn:yyyy-MM-dd} is in the future."));
        }

        return new HistoricalEntry(occurredOn, source, enteredBy, enteredAt);
    }

    /// <summary>The act as it is kept on the record.</summary>
    public HistoricalRecord Of(string action) =>
        new(action, OccurredOn, Source.Number, Source.Date, Source.Issuer, EnteredBy, EnteredAt);

    /// <summary>Refuses a date outside <paramref name="from"/>–<paramref name="to"/> (<c>history.date_outside_period</c>).</summary>
    public void EnsureWithin(DateOnly from, DateOnly to, LocalizedText what)
    {
        if (OccurredOn < from || OccurredOn > to)
        {
            throw new DomainRuleViolationException(HistoryErrors.DateOutsidePeriod.WithMessage(
                $"{what.Vi} phải nằm trong khoảng từ ngày {from:dd'/'MM'/'yyyy} đến ngày {to:dd'/'MM'/'yyyy}; ngày {OccurredOn:dd'/'MM'/'yyyy} nằm ngoài khoảng đó.",
                $"{what.En} falls between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}; {OccurredOn:yyyy-MM-dd} does not."));
        }
    }

    /// <summary>Refuses a date before an earlier act of the same record (<c>history.date_before_previous_act</c>).</summary>
    public void EnsureNotBefore(DateOnly? previous, LocalizedText previousAct)
    {
        if (previous is { } earlier && OccurredOn < earlier)
        {
            throw new DomainRuleViolationException(HistoryErrors.DateBeforePreviousAct.WithMessage(
                $"Ngày {OccurredOn:dd'/'MM'/'yyyy} trước ngày {earlier:dd'/'MM'/'yyyy} khi {previousAct.Vi}; các hành vi của cùng một hồ sơ được nhập theo đúng trình tự đã diễn ra.",
                $"{OccurredOn:yyyy-MM-dd} is before {previousAct.En} on {earlier:yyyy-MM-dd}; acts of one record are entered in the order they happened."));
        }
    }
}

/// <summary>The checks every aggregate makes when a write comes live or as history.</summary>
public static class Recording
{
    /// <summary>The date the act counts on: its historical date, or today in Vietnam.</summary>
    public static DateOnly DateOf(HistoricalEntry? historical, DateTimeOffset now) =>
        historical?.OccurredOn ?? LegalCalendar.DateInVietnam(now);

    /// <summary>
    /// A record keeps the mode it was written in: a historical write never changes a live record
    /// (<c>history.record_is_live</c>), and a live write never changes a historical one (<c>history.record_is_historical</c>).
    /// </summary>
    public static void EnsureSameMode(RecordingMode recordedAs, HistoricalEntry? historical)
    {
        if (historical is not null && recordedAs == RecordingMode.Live)
        {
            throw new DomainRuleViolationException(HistoryErrors.RecordIsLive);
        }

        if (historical is null && recordedAs == RecordingMode.History)
        {
            throw new DomainRuleViolationException(HistoryErrors.RecordIsHistorical);
        }
    }

    public static RecordingMode ModeOf(HistoricalEntry? historical) => historical is null ? RecordingMode.Live : RecordingMode.History;
}
