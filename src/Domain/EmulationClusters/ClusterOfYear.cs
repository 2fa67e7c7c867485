using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>
/// A cluster as a covenant of one year reads it: its identity, its managing authority and that year's term only
/// (members and elections of that year), not the terms of every other year (issue 13 target 3: a cluster read does
/// not grow with the number of years).
/// </summary>
public sealed record ClusterOfYear(ClusterId Id, string Name, UnitId ManagingAuthorityId, int Year, ClusterTerm? Term)
{
    /// <summary>The term of <paramref name="year"/>, which must be the year this cluster was read for; null when the cluster has no term that year.</summary>
    public ClusterTerm? FindTerm(int year) =>
        year == Year ? Term : throw new ArgumentOutOfRangeException(nameof(year), year, $"This cluster was read for {Year} only.");
}
