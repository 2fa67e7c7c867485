namespace ThiDua.Domain.Common;

/// <summary>Stable error codes of historical record mode (ADR 0014).</summary>
public static class HistoryErrors
{
    public static readonly DomainError DateInFuture =
        DomainError.Rule("history.date_in_future", "Hành vi được ghi nhận theo chế độ lịch sử không thể có ngày trong tương lai.", "A historical act cannot be dated in the future.");

    public static readonly DomainError DateOutsidePeriod =
        DomainError.Rule("history.date_outside_period", "Ngày ghi nhận lịch sử nằm ngoài năm hoặc thời kỳ của hồ sơ.", "The historical date falls outside the record's year or period.");

    public static readonly DomainError DateBeforePreviousAct =
        DomainError.Rule("history.date_before_previous_act", "Ngày ghi nhận lịch sử trước một hành vi đã ghi nhận trước đó của cùng hồ sơ.", "The historical date is before an earlier act of the same record.");

    public static readonly DomainError RecordIsLive =
        DomainError.Conflict("history.record_is_live", "Hồ sơ này đang được cập nhật trực tiếp: không thể thay đổi bằng chế độ ghi nhận lịch sử.", "This record is kept live: historical record mode cannot change it.");

    public static readonly DomainError RecordIsHistorical =
        DomainError.Conflict("history.record_is_historical", "Hồ sơ này được nhập theo chế độ lịch sử: thao tác cập nhật trực tiếp không thể thay đổi hồ sơ.", "This record was entered as history: a live write cannot change it.");
}
