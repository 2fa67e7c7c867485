using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// Reads the approved registrations of a unit whose campaign's period covers the year (a handful), once per unit and
/// year within a request: a dossier's people of one unit share them.
/// </summary>
internal sealed class RegistrationFactsReader(ThiDuaDbContext db) : IRegistrationFacts
{
    private readonly Dictionary<(UnitId, int), List<RegistrationContent>> _read = [];

    public async Task<IReadOnlyCollection<string>> UnitTitlesAsync(UnitId unitId, int year, CancellationToken cancellationToken) =>
        (await ApprovedAsync(unitId, year, cancellationToken)).SelectMany(c => c.TargetTitles).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyCollection<string>> PersonTitlesAsync(UnitId unitId, string fullName, int year, CancellationToken cancellationToken)
    {
        var name = Text.Clean(fullName);
        return (await ApprovedAsync(unitId, year, cancellationToken))
            .SelectMany(c => c.IndividualTargets)
            .Where(t => string.Equals(Text.Clean(t.FullName), name, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.TargetTitle)
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<List<RegistrationContent>> ApprovedAsync(UnitId unitId, int year, CancellationToken cancellationToken)
    {
        if (_read.TryGetValue((unitId, year), out var known))
        {
            return known;
        }

        // The plan is stored as JSON, so the period is read in memory over the unit's approved registrations.
        var approved = await db.CampaignRegistrations.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.Status == RegistrationStatus.Approved)
            .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new { r.Content, c.Plan })
            .ToListAsync(cancellationToken);
        var contents = approved.Where(a => a.Plan.PeriodStart.Year <= year && a.Plan.PeriodEnd.Year >= year).Select(a => a.Content).ToList();
        _read[(unitId, year)] = contents;
        return contents;
    }
}
