namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>The position after the last award of a page: newest year first, then newest decision, then id.</summary>
public sealed record AwardLookupPosition(int Year, DateOnly DecisionDate, Guid Id);

/// <summary>Read side of the award lookup (implemented in Infrastructure, one SQL statement per page).</summary>
public interface IAwardLookupQueries
{
    /// <summary>
    /// Up to <paramref name="take"/> awards inside <paramref name="scope"/> matching <paramref name="filter"/>, after
    /// <paramref name="after"/>, newest year first. Personal data comes unshaped, with whether the caller may read it
    /// (<see cref="AwardLookupView"/> shapes it). A personal-data filter matches only people the caller may read it for.
    /// </summary>
    Task<IReadOnlyList<AwardLookupItemDto>> FindAsync(
        AwardLookupScope scope, AwardLookupFilter filter, AwardLookupPosition? after, int take, CancellationToken cancellationToken);

    /// <summary>Whether the unit exists and lies inside <paramref name="scope"/> (itself, under it, or merged into such a unit).</summary>
    Task<UnitInLookupScope> LocateUnitAsync(AwardLookupScope scope, Guid unitId, CancellationToken cancellationToken);
}
