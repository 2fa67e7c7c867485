using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.CampaignRegistrations;

/// <summary>
/// The stored shape of what a unit registers (<c>campaign_registrations.content</c>, ADR 0024). The registration list
/// filters and counts on <c>content -&gt; 'targetTitles'</c> and <c>content -&gt; 'individualTargets'</c> (with each
/// person's <c>targetTitle</c>) in SQL: these names are part of the shape.
/// </summary>
internal sealed record RegistrationContentV1(
    IReadOnlyList<string> TargetTitles,
    IReadOnlyList<EmulationModelV1> Models,
    IReadOnlyList<IndividualTargetV1> IndividualTargets) : StoredShape
{
    public static RegistrationContentV1 From(RegistrationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(
            content.TargetTitles,
            content.Models.Select(m => new EmulationModelV1(m.Name, m.Description, m.ExpectedResults)).ToList(),
            content.IndividualTargets.Select(t => new IndividualTargetV1(t.FullName, t.Position, t.TargetTitle)).ToList());
    }

    public RegistrationContent ToDomain()
    {
        EnsureVersion(1);
        return new(
            TargetTitles,
            Models.Select(m => new EmulationModel(m.Name, m.Description, m.ExpectedResults)).ToList(),
            IndividualTargets.Select(t => new IndividualTarget(t.FullName, t.Position, t.TargetTitle)).ToList());
    }
}

/// <summary>An emulation model inside stored registration content.</summary>
internal sealed record EmulationModelV1(string Name, string? Description, string? ExpectedResults);

/// <summary>A person's target title inside stored registration content.</summary>
internal sealed record IndividualTargetV1(string FullName, string? Position, string TargetTitle);
