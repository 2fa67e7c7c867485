using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.AwardTypes.ListProvincialAwardTypes;

/// <summary>A province's own award types by code (a handful, one page).</summary>
public sealed record ListProvincialAwardTypesQuery(string Province) : IQuery<Page<ProvincialAwardTypeDto>>;

/// <summary>A province's own award type with the dates it applies, its regulation, bonus and vote, each with its basis.</summary>
public sealed record ProvincialAwardTypeDto(
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    string Province,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DocumentDto LegalBasis,
    string Article,
    string Citation,
    decimal BonusCoefficient,
    string BonusBasis,
    decimal VoteShare,
    bool VoteOfAllMembers,
    string VoteBasis)
{
    public static ProvincialAwardTypeDto Of(ProvincialAwardType t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.Code, t.Name, t.RecipientKind, t.Category, t.Level, t.ConferringAuthority, t.Province, t.EffectiveFrom, t.EffectiveTo,
            DocumentDto.From(t.LegalBasis)!, t.Article, t.Citation, t.BonusCoefficient, t.BonusBasis, t.VoteShare, t.VoteOfAllMembers, t.VoteBasis);
    }
}
