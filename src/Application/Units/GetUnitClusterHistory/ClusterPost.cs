namespace ThiDua.Application.Units.GetUnitClusterHistory;

/// <summary>A member unit's post in a term.</summary>
public enum ClusterPost
{
    /// <summary>Thành viên.</summary>
    Member = 1,

    /// <summary>Cụm trưởng / trưởng khối.</summary>
    Head = 2,

    /// <summary>Cụm phó / phó khối.</summary>
    Deputy = 3,
}
