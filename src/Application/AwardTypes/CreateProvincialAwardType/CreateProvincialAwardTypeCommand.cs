using Mediator;
using ThiDua.Application.AwardTypes.ListProvincialAwardTypes;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.AwardTypes.CreateProvincialAwardType;

/// <summary>Creates a province's own award type (e.g. Hà Nội's Công dân Thủ đô ưu tú); returns it as recorded.</summary>
public sealed record CreateProvincialAwardTypeCommand(
    string Province,
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DocumentInput LegalBasis,
    string Article,
    decimal BonusCoefficient,
    string BonusBasis,
    decimal VoteShare,
    bool VoteOfAllMembers,
    string VoteBasis) : ICommand<ProvincialAwardTypeDto>;
