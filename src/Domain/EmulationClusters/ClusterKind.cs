namespace ThiDua.Domain.EmulationClusters;

/// <summary>Cụm thi đua groups units by territory; khối thi đua groups them by function (domain.md §4, C2).</summary>
public enum ClusterKind
{
    /// <summary>Cụm thi đua.</summary>
    Cluster = 1,

    /// <summary>Khối thi đua.</summary>
    Block = 2,
}
