namespace ThiDua.Domain.EmulationClusters;

/// <summary>Why a member unit left a term before its end.</summary>
public enum MemberLeaveReason
{
    /// <summary>The unit was merged into another unit (sáp nhập).</summary>
    Merged = 1,

    /// <summary>The unit was dissolved (giải thể).</summary>
    Dissolved = 2,
}
