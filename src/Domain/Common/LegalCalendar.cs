namespace ThiDua.Domain.Common;

/// <summary>
/// Deadlines in documents are dates in Vietnam (UTC+7, no daylight saving since 1975): an instant counts on the date it
/// has in Hà Nội, whatever the server's or the client's time zone.
/// </summary>
public static class LegalCalendar
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateOnly DateInVietnam(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);
}
