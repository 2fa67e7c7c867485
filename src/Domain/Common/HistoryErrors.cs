namespace ThiDua.Domain.Common;

/// <summary>Stable error codes of historical record mode (ADR 0014).</summary>
public static class HistoryErrors
{
    public static readonly DomainError DateInFuture =
        DomainError.Rule("history.date_in_future", "A historical act cannot be dated in the future.");

    public static readonly DomainError DateOutsidePeriod =
        DomainError.Rule("history.date_outside_period", "The historical date falls outside the record's year or period.");

    public static readonly DomainError DateBeforePreviousAct =
        DomainError.Rule("history.date_before_previous_act", "The historical date is before an earlier act of the same record.");

    public static readonly DomainError RecordIsLive =
        DomainError.Conflict("history.record_is_live", "This record is kept live: historical record mode cannot change it.");

    public static readonly DomainError RecordIsHistorical =
        DomainError.Conflict("history.record_is_historical", "This record was entered as history: a live write cannot change it.");
}
