using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.History;
using ThiDua.Application.Units;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Common;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>An award type as registrations show it: code and name.</summary>
public sealed record AwardTypeReferenceDto(string Code, string Name, RecipientKind RecipientKind)
{
    public static AwardTypeReferenceDto Of(string code) => Of(code, null);

    /// <summary>A national award type, or one of the provinces' own in <paramref name="own"/> (by code).</summary>
    public static AwardTypeReferenceDto Of(string code, IReadOnlyDictionary<string, AwardType>? own)
    {
        var type = AwardCatalogue.Find(code) ?? own?.GetValueOrDefault(code);
        return new AwardTypeReferenceDto(code, type?.Name ?? code, type?.RecipientKind ?? RecipientKind.Collective);
    }
}

/// <summary>
/// An emulation model (mô hình thi đua) a unit commits to: a named practice with the results it expects. The law gives
/// no definition (domain.md §3), so it is free-form.
/// </summary>
public sealed record EmulationModel(string Name, string? Description, string? ExpectedResults)
{
    public static IReadOnlyList<EmulationModel> From(IEnumerable<Domain.CampaignRegistrations.EmulationModel> models) =>
        models.Select(m => new EmulationModel(m.Name, m.Description, m.ExpectedResults)).ToList();
}

/// <summary>A person's target title.</summary>
public sealed record IndividualTargetDto(string FullName, string? Position, AwardTypeReferenceDto TargetTitle);

/// <summary>
/// A unit's registration in a campaign. <c>SubmittedBy</c>/<c>SubmittedAt</c> are who submitted the current content and
/// when (the first submission or the latest revision); <c>CreatedAt</c> is when the unit first registered;
/// <c>UpdatedAt</c> is the last change, a review included. <c>RecordedAs</c>: <c>live</c>, or <c>history</c> when entered
/// from a past year's documents, each act so entered listed in <c>History</c> with its real date (ADR 0014).
/// </summary>
public sealed record RegistrationDto(
    Guid Id,
    Guid CampaignId,
    UnitReferenceDto Unit,
    RegistrationStatus Status,
    IReadOnlyList<AwardTypeReferenceDto> TargetTitles,
    IReadOnlyList<EmulationModel> Models,
    IReadOnlyList<IndividualTargetDto> IndividualTargets,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? RejectionReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    RecordingMode RecordedAs = RecordingMode.Live,
    IReadOnlyList<HistoricalRecordDto>? History = null);

/// <summary>A registration as lists show it.</summary>
public sealed record RegistrationSummaryDto(
    Guid Id,
    UnitReferenceDto Unit,
    RegistrationStatus Status,
    IReadOnlyList<AwardTypeReferenceDto> TargetTitles,
    int Models,
    int IndividualTargets,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A page of a campaign's registrations, with the guidelines' <c>items</c> and <c>nextCursor</c>, and counts per target
/// title over every registration the filters match (not only this page), by registration status: the units' own
/// target titles (<c>countsByTargetTitle</c>) and their people's (<c>countsByIndividualTargetTitle</c>).
/// </summary>
public sealed record RegistrationListDto(
    IReadOnlyList<RegistrationSummaryDto> Items,
    string? NextCursor,
    IReadOnlyList<TargetTitleCountDto> CountsByTargetTitle,
    IReadOnlyList<TargetTitleCountDto> CountsByIndividualTargetTitle);
