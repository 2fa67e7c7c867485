namespace ThiDua.Application.Events;

/// <summary>
/// The integration event types (ADR 0025; docs/events.md has their JSON Schemas). A type's name never changes meaning:
/// an incompatible change to its <c>data</c> raises <see cref="DataVersion"/> and is announced in docs/events.md.
/// <c>document.received</c> is not produced yet: incoming documents are a separate part of issue 12.
/// </summary>
public static class IntegrationEventTypes
{
    /// <summary>The version of every type's <c>data</c> shape (<c>dataversion</c>).</summary>
    public const string DataVersion = "1";

    public const string CampaignLaunched = "campaign.launched";
    public const string CampaignClosed = "campaign.closed";
    public const string RegistrationApproved = "registration.approved";
    public const string RegistrationRejected = "registration.rejected";
    public const string CovenantInForce = "covenant.in-force";
    public const string CovenantFinalized = "covenant.finalized";
    public const string NominationSubmitted = "nomination.submitted";
    public const string NominationReturned = "nomination.returned";
    public const string NominationInReview = "nomination.in-review";
    public const string NominationWithdrawn = "nomination.withdrawn";
    public const string NominationDecided = "nomination.decided";
    public const string NominationNotAwarded = "nomination.not-awarded";
    public const string AwardRevoked = "award.revoked";
    public const string UnitMerged = "unit.merged";
    public const string UnitDissolved = "unit.dissolved";

    public static readonly IReadOnlyList<string> All =
    [
        CampaignLaunched, CampaignClosed, RegistrationApproved, RegistrationRejected, CovenantInForce, CovenantFinalized,
        NominationSubmitted, NominationReturned, NominationInReview, NominationWithdrawn, NominationDecided, NominationNotAwarded,
        AwardRevoked, UnitMerged, UnitDissolved,
    ];
}
