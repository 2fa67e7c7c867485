using System.Text.Json.Nodes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Awards.Events;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignRegistrations.Events;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Campaigns.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Covenants.Events;
using ThiDua.Domain.Documents;
using ThiDua.Domain.Documents.Events;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Nominations.Events;
using ThiDua.Domain.Units;
using ThiDua.Domain.Units.Events;

namespace ThiDua.Application.Events;

/// <summary>
/// Translates a domain event, with the aggregate that raised it, into the integration event other systems see (ADR 0025),
/// or null for a domain event that is not published. Every event names its resource (<c>data.resource</c>), its authority
/// (<c>data.authority</c>) and the documents linked to it (<c>data.documents</c>). Personal data is never put in an event:
/// integration clients do not see it through the API either (api-guidelines, "Personal data"), so a person appears by id only.
/// </summary>
public static class IntegrationEventTranslator
{
    public static IntegrationEvent? Translate(IAggregateRoot root, IDomainEvent domainEvent) => (root, domainEvent) switch
    {
        (Campaign c, CampaignLaunchedDomainEvent e) => Campaign(IntegrationEventTypes.CampaignLaunched, c, e.LaunchedAt),
        (Campaign c, CampaignClosedDomainEvent e) => Campaign(IntegrationEventTypes.CampaignClosed, c, e.ClosedAt),
        (CampaignRegistration r, CampaignRegistrationReviewedDomainEvent e) => Registration(r, e),
        (Covenant c, CovenantSignedDomainEvent { InForce: true } e) => Covenant(IntegrationEventTypes.CovenantInForce, c, e.SignedAt),
        (Covenant c, CovenantFinalizedDomainEvent e) => Covenant(IntegrationEventTypes.CovenantFinalized, c, e.FinalizedAt),
        (Nomination n, NominationStatusChangedDomainEvent e) => Nomination(n, e.Status, e.ChangedAt),
        (Nomination n, NominationDecidedDomainEvent e) => Nomination(n, NominationStatus.Decided, e.RecordedAt),
        (AwardRecord a, AwardRevokedDomainEvent e) => Award(a, e.RevokedAt),
        (OrganisationUnit u, UnitLeftOrganisationDomainEvent e) => Unit(u, e),
        (Document d, DocumentReceivedDomainEvent e) => Received(d, e.ReceivedAt),
        _ => null,
    };

    /// <summary>The integration event type of a dossier state, or null for a state that is not published (draft).</summary>
    public static string? NominationEventType(NominationStatus status) => status switch
    {
        NominationStatus.Submitted => IntegrationEventTypes.NominationSubmitted,
        NominationStatus.Returned => IntegrationEventTypes.NominationReturned,
        NominationStatus.CouncilReview => IntegrationEventTypes.NominationInReview,
        NominationStatus.Withdrawn => IntegrationEventTypes.NominationWithdrawn,
        NominationStatus.Decided => IntegrationEventTypes.NominationDecided,
        NominationStatus.NotAwarded => IntegrationEventTypes.NominationNotAwarded,
        _ => null,
    };

    private static IntegrationEvent Campaign(string type, Campaign c, DateTimeOffset at)
    {
        var documents = new JsonArray { Document("launch-letter", c.Plan.Letter.Number, c.Plan.Letter.Date, null, c.Plan.Letter.DocumentId) };
        if (c.FinalReview is { } review)
        {
            documents.Add(Document("final-review", review.Document));
        }

        var data = Envelope("campaign", c.Id.Value, $"/api/v1/campaigns/{c.Id.Value}", c.LaunchingAuthorityId?.Value, c.LaunchingClusterId?.Value, documents);
        data["status"] = ApiName.Of(c.Status);
        data["title"] = c.Plan.Title;
        return new IntegrationEvent(type, $"/api/v1/campaigns/{c.Id.Value}", c.LaunchingAuthorityId?.Value, c.LaunchingClusterId?.Value, at, data);
    }

    private static IntegrationEvent Registration(CampaignRegistration r, CampaignRegistrationReviewedDomainEvent e)
    {
        var subject = $"/api/v1/campaigns/{r.CampaignId.Value}/registrations/{r.UnitId.Value}";
        var data = Envelope("campaign-registration", r.Id.Value, subject, r.UnitId.Value, null, []);
        data["campaignId"] = r.CampaignId.Value;
        data["unitId"] = r.UnitId.Value;
        data["status"] = ApiName.Of(e.Outcome);
        data["rejectionReason"] = r.RejectionReason;
        var type = e.Outcome == RegistrationStatus.Approved ? IntegrationEventTypes.RegistrationApproved : IntegrationEventTypes.RegistrationRejected;
        return new IntegrationEvent(type, subject, r.UnitId.Value, null, e.ReviewedAt, data);
    }

    private static IntegrationEvent Covenant(string type, Covenant c, DateTimeOffset at)
    {
        var subject = $"/api/v1/covenants/{c.Id.Value}";
        var documents = new JsonArray();
        foreach (var signed in c.Signatures.Select(s => s.Document).OfType<DocumentReference>().DistinctBy(d => (d.DocumentId, d.Number, d.Date)))
        {
            documents.Add(Document("signed-covenant", signed));
        }

        if (c.ScoreboardDecision is { } scoreboard)
        {
            documents.Add(Document("scoreboard-decision", scoreboard));
        }

        var data = Envelope("covenant", c.Id.Value, subject, null, c.ClusterId.Value, documents);
        data["clusterId"] = c.ClusterId.Value;
        data["year"] = c.Year;
        data["status"] = ApiName.Of(c.Status);
        data["leadingUnitIds"] = new JsonArray([.. c.LeadingUnitIds.Select(u => (JsonNode)u.Value)]);
        return new IntegrationEvent(type, subject, null, c.ClusterId.Value, at, data);
    }

    private static IntegrationEvent? Nomination(Nomination n, NominationStatus status, DateTimeOffset at)
    {
        if (NominationEventType(status) is not { } type)
        {
            return null;
        }

        var subject = $"/api/v1/nominations/{n.Id.Value}";
        var documents = new JsonArray();
        if (n.Submission is { } submission)
        {
            documents.Add(Document("submission", submission));
        }

        if (n.Decision is { } decision)
        {
            documents.Add(Document("decision", decision.Document));
        }

        var data = Envelope("nomination", n.Id.Value, subject, n.ProposingUnitId.Value, null, documents);
        data["status"] = ApiName.Of(status);
        data["eOfficeStatus"] = EOfficeStatus.Of(status);
        data["year"] = n.Year;
        data["commendationType"] = ApiName.Of(n.CommendationType);
        data["title"] = n.Title;
        data["campaignId"] = n.CampaignId;
        data["covenantId"] = n.CovenantId;
        data["lineCount"] = n.Lines.Count;
        data["reason"] = status switch
        {
            NominationStatus.Returned => n.ReturnReason,
            NominationStatus.NotAwarded => n.NotAwardedReason,
            _ => null,
        };
        return new IntegrationEvent(type, subject, n.ProposingUnitId.Value, null, at, data);
    }

    private static IntegrationEvent Award(AwardRecord a, DateTimeOffset at)
    {
        var subject = $"/api/v1/awards/{a.Id.Value}";
        var documents = new JsonArray { Document("decision", a.Decision) };
        if (a.RevocationDecision is { } revocation)
        {
            documents.Add(Document("revocation-decision", revocation));
        }

        var data = Envelope("award", a.Id.Value, subject, a.UnitId.Value, null, documents);
        data["awardTypeCode"] = a.AwardTypeCode;
        data["year"] = a.Year;
        data["recipientKind"] = ApiName.Of(a.RecipientKind);
        data["personId"] = a.PersonId?.Value;

        // A collective's name is public; a person's is personal data and stays out (the person is named by id).
        data["recipientName"] = a.RecipientKind == RecipientKind.Individual ? null : a.RecipientNameAtDecision;
        data["revocationGround"] = a.RevocationGround is { } ground ? ApiName.Of(ground) : null;
        return new IntegrationEvent(IntegrationEventTypes.AwardRevoked, subject, a.UnitId.Value, null, at, data);
    }

    private static IntegrationEvent? Unit(OrganisationUnit u, UnitLeftOrganisationDomainEvent e)
    {
        var type = e.NewStatus switch
        {
            UnitStatus.Merged => IntegrationEventTypes.UnitMerged,
            UnitStatus.Dissolved => IntegrationEventTypes.UnitDissolved,
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var subject = $"/api/v1/units/{u.Id.Value}";
        var data = Envelope("unit", u.Id.Value, subject, u.Id.Value, null, []);
        data["code"] = u.Code;
        data["name"] = u.Name;
        data["status"] = ApiName.Of(e.NewStatus);
        data["effectiveOn"] = e.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        data["successorId"] = e.SuccessorId?.Value;
        return new IntegrationEvent(type, subject, u.Id.Value, null, e.EffectiveOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), data);
    }

    /// <summary>
    /// A document received: its Decree 30/2020 identity (agency, number/notation, date, type), whether a file came with
    /// it and what its signatures showed. Not its subject (trích yếu), which may name people. Documents are not held
    /// under a unit's authority, so the event has none: it reaches unscoped subscribers and the administrators' feed.
    /// </summary>
    private static IntegrationEvent Received(Document d, DateTimeOffset at)
    {
        var subject = $"/api/v1/documents/{d.Id.Value}";
        var m = d.Metadata;
        var data = Envelope("document", d.Id.Value, subject, null, null, [Document("document", m.NumberAndNotation, m.IssuedOn, m.AgencyName, d.Id)]);
        data["agencyCode"] = m.AgencyCode;
        data["type"] = ApiName.Of(m.Type);
        data["eOfficeId"] = m.EOfficeId;
        data["hasFile"] = d.File is not null;
        data["signaturesStatus"] = ApiName.Of(d.SignaturesStatus);
        return new IntegrationEvent(IntegrationEventTypes.DocumentReceived, subject, null, null, at, data);
    }

    private static JsonObject Envelope(string resourceType, Guid id, string href, Guid? authorityUnitId, Guid? clusterId, JsonArray documents) => new()
    {
        ["resource"] = new JsonObject { ["type"] = resourceType, ["id"] = id, ["href"] = href },
        ["authority"] = new JsonObject { ["unitId"] = authorityUnitId, ["clusterId"] = clusterId },
        ["documents"] = documents,
    };

    private static JsonObject Document(string role, DocumentReference document) =>
        Document(role, document.Number, document.Date, document.Issuer, document.DocumentId);

    /// <summary>A document of the resource; one stored in ThiDua also has its id and the path of its metadata (ADR 0029).</summary>
    private static JsonObject Document(string role, string number, DateOnly date, string? issuer, DocumentId? documentId) => new()
    {
        ["role"] = role,
        ["number"] = number,
        ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["issuer"] = issuer,
        ["documentId"] = documentId?.Value,
        ["href"] = documentId is { } id ? $"/api/v1/documents/{id.Value}" : null,
    };
}
