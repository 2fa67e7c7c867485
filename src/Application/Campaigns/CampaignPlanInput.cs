using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Campaigns;

/// <summary>A campaign's content as clients send it.</summary>
public sealed record CampaignPlanInput(
    string Title,
    string Theme,
    string? Slogan,
    CampaignKind Kind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    LaunchLetterInput Letter,
    IReadOnlyList<PhaseInput>? Phases,
    IReadOnlyList<ContentInput>? Contents,
    DateOnly? RegistrationDeadline,
    DateOnly? DossierWindowStart,
    DateOnly? DossierWindowEnd,
    IReadOnlyList<Guid>? ScopeUnitIds)
{
    public CampaignPlan ToPlan() => new(
        Title,
        Theme,
        Slogan,
        Kind,
        PeriodStart,
        PeriodEnd,
        new Domain.Campaigns.LaunchLetter(
            Text.Clean(Letter.Number),
            Letter.Date,
            Text.Clean(Letter.SignerName),
            Text.Clean(Letter.SignerTitle),
            (Letter.Recipients ?? []).Select(Text.Clean).ToList(),
            (Letter.CoLaunchers ?? []).Select(Text.Clean).ToList()),
        (Phases ?? []).Select((p, i) => new Domain.Campaigns.CampaignPhase(i + 1, Text.Clean(p.Name), p.Start, p.End, Text.CleanOptional(p.Focus), (p.Commemorations ?? []).Select(Text.Clean).ToList())).ToList(),
        (Contents ?? []).Select(c => new Domain.Campaigns.CampaignContent(Text.Clean(c.Code), Text.Clean(c.Text), c.Target is { } t ? new Domain.Campaigns.CampaignTarget(t.Value, Text.Clean(t.UnitOfMeasure), t.Direction ?? TargetDirection.AtLeast) : null)).ToList(),
        RegistrationDeadline,
        DossierWindowStart,
        DossierWindowEnd,
        new CampaignScope(ScopeUnitIds is null || ScopeUnitIds.Count == 0, (ScopeUnitIds ?? []).Select(id => new UnitId(id)).ToList()));
}

/// <summary>The launch letter: number/symbol, date, signer, recipients, co-launchers.</summary>
public sealed record LaunchLetterInput(
    string Number,
    DateOnly Date,
    string SignerName,
    string SignerTitle,
    IReadOnlyList<string>? Recipients,
    IReadOnlyList<string>? CoLaunchers);

/// <summary>A phase (đợt), numbered in the order given.</summary>
public sealed record PhaseInput(string Name, DateOnly Start, DateOnly End, string? Focus, IReadOnlyList<string>? Commemorations);

/// <summary>A numbered content such as 2.1, with an optional measurable target.</summary>
public sealed record ContentInput(string Code, string Text, TargetInput? Target);

/// <summary>
/// A measurable target: value, unit of measure and direction, <c>atLeast</c> (the default, e.g. coverage ≥ 95 %) or
/// <c>atMost</c> (e.g. an infection rate ≤ 5 %).
/// </summary>
public sealed record TargetInput(decimal Value, string UnitOfMeasure, TargetDirection? Direction = null);
