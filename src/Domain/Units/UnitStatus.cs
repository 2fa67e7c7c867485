namespace ThiDua.Domain.Units;

/// <summary>Life status of a unit; merged and dissolved units stay readable for history.</summary>
public enum UnitStatus
{
    /// <summary>Đang hoạt động.</summary>
    Active = 1,

    /// <summary>Đã sáp nhập: merged into its successor.</summary>
    Merged = 2,

    /// <summary>Đã giải thể.</summary>
    Dissolved = 3,
}
