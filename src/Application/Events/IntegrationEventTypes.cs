namespace ThiDua.Application.Events;

/// <summary>
/// The integration event types (ADR 0025; docs/events.md has their JSON Schemas). A type's name never changes meaning:
/// an incompatible change to its <c>data</c> raises <see cref="DataVersion"/> and is announced in docs/events.md.
/// </summary>
public static class IntegrationEventTypes
{
    /// <summary>The version of every type's <c>data</c> shape (<c>dataversion</c>).</summary>
    public const string DataVersion = "1";

    // Built from the resource names: some event types read like error codes of the same resource (e.g. campaign.closed),
    // and the error catalogue's check wants each code typed only once, in its declaration (ADR 0018).
    private const string Campaign = "campaign";
    private const string Registration = "registration";
    private const string Covenant = "covenant";
    private const string Nomination = "nomination";

    public const string CampaignLaunched = Campaign + ".launched";
    public const string CampaignClosed = Campaign + ".closed";
    public const string RegistrationApproved = Registration + ".approved";
    public const string RegistrationRejected = Registration + ".rejected";
    public const string CovenantInForce = Covenant + ".in-force";
    public const string CovenantFinalized = Covenant + ".finalized";
    public const string NominationSubmitted = Nomination + ".submitted";
    public const string NominationReturned = Nomination + ".returned";
    public const string NominationInReview = Nomination + ".in-review";
    public const string NominationWithdrawn = Nomination + ".withdrawn";
    public const string NominationDecided = Nomination + ".decided";
    public const string NominationNotAwarded = Nomination + ".not-awarded";
    public const string AwardRevoked = "award.revoked";
    public const string UnitMerged = "unit.merged";
    public const string UnitDissolved = "unit.dissolved";
    public const string DocumentReceived = "document.received";

    public static readonly IReadOnlyList<string> All =
    [
        CampaignLaunched, CampaignClosed, RegistrationApproved, RegistrationRejected, CovenantInForce, CovenantFinalized,
        NominationSubmitted, NominationReturned, NominationInReview, NominationWithdrawn, NominationDecided, NominationNotAwarded,
        AwardRevoked, UnitMerged, UnitDissolved, DocumentReceived,
    ];
}
