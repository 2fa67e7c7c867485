namespace ThiDua.Domain.Common;

/// <summary>
/// How a record is being kept (ADR 0014): <c>Live</c>, as things happen, with deadlines checked against today; or
/// <c>History</c>, entered afterwards from the documents of a past year (nhập dữ liệu lịch sử), each act with its real date
/// and source document, deadlines checked against that date. History may precede live on one record, never follow it.
/// </summary>
public enum RecordingMode
{
    /// <summary>Written as it happens; dates are today's.</summary>
    Live = 1,

    /// <summary>Entered from the documents of the past, by an administrator or the deciding authority.</summary>
    History = 2,
}
