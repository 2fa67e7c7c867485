using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.Campaigns;

/// <summary>
/// The stored shape of a campaign's plan (<c>campaigns.plan</c>, ADR 0024). <c>kind</c> is the enum's number, as the
/// generated columns read it (<c>(plan -&gt;&gt; 'kind')::int</c>); <c>title</c>, <c>theme</c> and <c>letter.number</c>
/// feed the search column. Rows written before shapes were versioned have no <c>v</c>.
/// </summary>
internal sealed record CampaignPlanV1(
    string Title,
    string Theme,
    string? Slogan,
    int Kind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    LaunchLetterV1 Letter,
    IReadOnlyList<CampaignPhaseV1> Phases,
    IReadOnlyList<CampaignContentV1> Contents,
    DateOnly? RegistrationDeadline,
    DateOnly? DossierWindowStart,
    DateOnly? DossierWindowEnd,
    CampaignScopeV1 Scope) : StoredShape
{
    public static CampaignPlanV1 From(CampaignPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.Title,
            plan.Theme,
            plan.Slogan,
            (int)plan.Kind,
            plan.PeriodStart,
            plan.PeriodEnd,
            LaunchLetterV1.From(plan.Letter),
            plan.Phases.Select(CampaignPhaseV1.From).ToList(),
            plan.Contents.Select(CampaignContentV1.From).ToList(),
            plan.RegistrationDeadline,
            plan.DossierWindowStart,
            plan.DossierWindowEnd,
            CampaignScopeV1.From(plan.Scope));
    }

    public CampaignPlan ToDomain()
    {
        EnsureVersion(1);
        return new(
            Title,
            Theme,
            Slogan,
            (CampaignKind)Kind,
            PeriodStart,
            PeriodEnd,
            Letter.ToDomain(),
            Phases.Select(p => p.ToDomain()).ToList(),
            Contents.Select(c => c.ToDomain()).ToList(),
            RegistrationDeadline,
            DossierWindowStart,
            DossierWindowEnd,
            Scope.ToDomain());
    }
}

/// <summary>
/// The launch letter inside a stored plan. <c>documentId</c>, the stored letter it cites (ADR 0029), is written only when
/// there is one: an optional addition that version 1 readers take as absent, so plans written before it read unchanged.
/// </summary>
internal sealed record LaunchLetterV1(
    string Number,
    DateOnly Date,
    string SignerName,
    string SignerTitle,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CoLaunchers,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] Guid? DocumentId = null)
{
    public static LaunchLetterV1 From(LaunchLetter letter) =>
        new(letter.Number, letter.Date, letter.SignerName, letter.SignerTitle, letter.Recipients, letter.CoLaunchers, letter.DocumentId?.Value);

    public LaunchLetter ToDomain() => new(Number, Date, SignerName, SignerTitle, Recipients, CoLaunchers, DocumentId is { } id ? new Domain.Documents.DocumentId(id) : null);
}

/// <summary>A phase inside a stored plan.</summary>
internal sealed record CampaignPhaseV1(int Number, string Name, DateOnly Start, DateOnly End, string? Focus, IReadOnlyList<string> Commemorations)
{
    public static CampaignPhaseV1 From(CampaignPhase phase) =>
        new(phase.Number, phase.Name, phase.Start, phase.End, phase.Focus, phase.Commemorations);

    public CampaignPhase ToDomain() => new(Number, Name, Start, End, Focus, Commemorations);
}

/// <summary>A content inside a stored plan, with its target (null when it has none).</summary>
internal sealed record CampaignContentV1(string Code, string Text, CampaignTargetV1? Target)
{
    public static CampaignContentV1 From(CampaignContent content) =>
        new(content.Code, content.Text, content.Target is { } t ? CampaignTargetV1.From(t) : null);

    public CampaignContent ToDomain() => new(Code, Text, Target?.ToDomain());
}

/// <summary>
/// A content's target: <c>direction</c> is the enum's number (1 at least, 2 at most); targets stored before the
/// direction existed have none and read as at least (1), as they were meant.
/// </summary>
internal sealed record CampaignTargetV1(decimal Value, string UnitOfMeasure, int Direction = 1)
{
    public static CampaignTargetV1 From(CampaignTarget target) => new(target.Value, target.UnitOfMeasure, (int)target.Direction);

    public CampaignTarget ToDomain() => new(Value, UnitOfMeasure, (TargetDirection)Direction);
}

/// <summary>The scope inside a stored plan: the listed units as <c>{ "value": id }</c>, as they were first written.</summary>
internal sealed record CampaignScopeV1(bool AllUnitsUnderAuthority, IReadOnlyList<StoredUnitIdV1> Units)
{
    public static CampaignScopeV1 From(CampaignScope scope) =>
        new(scope.AllUnitsUnderAuthority, scope.Units.Select(u => new StoredUnitIdV1(u.Value)).ToList());

    public CampaignScope ToDomain() => new(AllUnitsUnderAuthority, Units.Select(u => new UnitId(u.Value)).ToList());
}

/// <summary>A unit's id inside a stored document, as an object with its value.</summary>
internal sealed record StoredUnitIdV1(Guid Value);
