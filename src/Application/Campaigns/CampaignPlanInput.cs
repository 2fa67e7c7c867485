using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;
using ThiDua.Domain.Statistics;

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
    IReadOnlyList<Guid>? ScopeUnitIds,
    MovementScope? StatisticsScope = null)
{
    public CampaignPlan ToPlan() => new(
        Title,
        Theme,
        Slogan,
        Kind,
        PeriodStart,
        PeriodEnd,
        Letter.ToLetter(),
        (Phases ?? []).Select((p, i) => new Domain.Campaigns.CampaignPhase(i + 1, Text.Clean(p.Name), p.Start, p.End, Text.CleanOptional(p.Focus), (p.Commemorations ?? []).Select(Text.Clean).ToList())).ToList(),
        (Contents ?? []).Select(c => new Domain.Campaigns.CampaignContent(Text.Clean(c.Code), Text.Clean(c.Text), c.Target is { } t ? new Domain.Campaigns.CampaignTarget(t.Value, Text.Clean(t.UnitOfMeasure), t.Direction ?? TargetDirection.AtLeast) : null)).ToList(),
        RegistrationDeadline,
        DossierWindowStart,
        DossierWindowEnd,
        new CampaignScope(ScopeUnitIds is null || ScopeUnitIds.Count == 0, (ScopeUnitIds ?? []).Select(id => new UnitId(id)).ToList()));
}

/// <summary>
/// The launch letter: number/symbol, date, signer, recipients, co-launchers; or the stored letter (<c>DocumentId</c>),
/// whose number, date and signer it then cites, and whose recipients it takes unless others are given (ADR 0029).
/// </summary>
public sealed record LaunchLetterInput(
    string? Number,
    DateOnly Date,
    string? SignerName,
    string? SignerTitle,
    IReadOnlyList<string>? Recipients,
    IReadOnlyList<string>? CoLaunchers,
    Guid? DocumentId = null)
{
    /// <summary>The stored letter, as the document link pipeline finds it (number and date, if given, must agree).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DocumentInput? Document { get; } = DocumentId is null ? null : new DocumentInput(Number ?? string.Empty, Date, null, DocumentId);

    public Domain.Campaigns.LaunchLetter ToLetter()
    {
        if (Document?.Citation is { } stored)
        {
            return new Domain.Campaigns.LaunchLetter(
                stored.NumberAndNotation,
                stored.IssuedOn,
                SignerName is { Length: > 0 } ? Text.Clean(SignerName) : stored.SignerName,
                SignerTitle is { Length: > 0 } ? Text.Clean(SignerTitle) : stored.SignerPosition,
                (Recipients is { Count: > 0 } ? Recipients : stored.Recipients).Select(Text.Clean).ToList(),
                (CoLaunchers ?? []).Select(Text.Clean).ToList(),
                new Domain.Documents.DocumentId(stored.Id));
        }

        return new Domain.Campaigns.LaunchLetter(
            Text.Clean(Number ?? string.Empty),
            Date,
            Text.Clean(SignerName ?? string.Empty),
            Text.Clean(SignerTitle ?? string.Empty),
            (Recipients ?? []).Select(Text.Clean).ToList(),
            (CoLaunchers ?? []).Select(Text.Clean).ToList());
    }
}

/// <summary>A phase (đợt), numbered in the order given.</summary>
public sealed record PhaseInput(string Name, DateOnly Start, DateOnly End, string? Focus, IReadOnlyList<string>? Commemorations);

/// <summary>A numbered content such as 2.1, with an optional measurable target.</summary>
public sealed record ContentInput(string Code, string Text, TargetInput? Target);

/// <summary>
/// A measurable target: value, unit of measure and direction, <c>atLeast</c> (the default, e.g. coverage ≥ 95 %) or
/// <c>atMost</c> (e.g. an infection rate ≤ 5 %).
/// </summary>
public sealed record TargetInput(decimal Value, string UnitOfMeasure, TargetDirection? Direction = null);
