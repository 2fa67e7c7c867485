using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics;

/// <summary>The authority a report is made for, with the unit it reports to (its parent), if any.</summary>
public sealed record ReportingAuthority(Guid Id, string Code, string Name, string? ParentName);

/// <summary>Read side of statistical reports (implemented in Infrastructure): the facts of one authority and period.</summary>
public interface IStatisticsFacts
{
    Task<ReportingAuthority?> AuthorityAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>
    /// The facts of <paramref name="kind"/> for the authority (itself, the units under it and those merged into any of
    /// them) in the period: movements launched in it (by the letter's date), awards decided in it and not revoked.
    /// </summary>
    Task<IReadOnlyList<StatisticsFact>> FactsAsync(FactKind kind, Guid authorityId, ReportingPeriod period, CancellationToken cancellationToken);

    /// <summary>Whether the authority has declared its TĐKT apparatus register for the year (forms 0604 and 0605 need it).</summary>
    Task<bool> RegisterDeclaredAsync(Guid authorityId, int year, CancellationToken cancellationToken);
}
