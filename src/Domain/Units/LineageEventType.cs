namespace ThiDua.Domain.Units;

/// <summary>What happened to a unit in a reorganisation (sắp xếp tổ chức).</summary>
public enum LineageEventType
{
    /// <summary>Sáp nhập: the unit is absorbed by a successor unit.</summary>
    Merge = 1,

    /// <summary>Đổi tên.</summary>
    Rename = 2,

    /// <summary>Chuyển về đơn vị chủ quản khác: the unit moves under another parent.</summary>
    Transfer = 3,

    /// <summary>Giải thể.</summary>
    Dissolve = 4,
}
