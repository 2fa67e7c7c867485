using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Awards;

/// <summary>The revocation of an award: legal ground, revocation decision and reason.</summary>
public sealed record RevocationDto(RevocationGround Ground, DocumentDto Decision, string? Reason);

/// <summary>An award in a history, with the names as they were at the decision date; revoked awards stay listed.</summary>
public sealed record AwardRecordDto(
    Guid Id,
    AwardTypeReferenceDto AwardType,
    RecipientKind RecipientKind,
    Guid? PersonId,
    Guid UnitId,
    int Year,
    CommendationType CommendationType,
    DocumentDto Decision,
    string RecipientNameAtDecision,
    string UnitNameAtDecision,
    AwardSource Source,
    long? BonusVnd,
    IReadOnlyList<Guid> BasisInitiativeIds,
    bool Revoked,
    RevocationDto? Revocation,
    uint Version,
    RecipientCategory? StatisticsRecipientCategory = null,
    AwardMethod? StatisticsAwardMethod = null)
{
    public static AwardRecordDto From(AwardRecord record) => From(record, null);

    /// <summary>The award, naming a province's own award type from <paramref name="own"/>.</summary>
    public static AwardRecordDto From(AwardRecord record, IReadOnlyDictionary<string, Domain.AwardTypes.AwardType>? own)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AwardRecordDto(
            record.Id.Value,
            AwardTypeReferenceDto.Of(record.AwardTypeCode, own),
            record.RecipientKind,
            record.PersonId?.Value,
            record.UnitId.Value,
            record.Year,
            record.CommendationType,
            DocumentDto.From(record.Decision)!,
            record.RecipientNameAtDecision,
            record.UnitNameAtDecision,
            record.Source,
            record.BonusVnd,
            record.BasisInitiativeIds,
            record.IsRevoked,
            record.RevocationGround is { } ground ? new RevocationDto(ground, DocumentDto.From(record.RevocationDecision)!, record.RevocationReason) : null,
            record.Version,
            record.StatisticsRecipientCategory,
            record.StatisticsAwardMethod);
    }
}
