using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.OpenCouncilReview;

/// <summary>Takes a submitted dossier to the council (xét khen thưởng).</summary>
public sealed record OpenCouncilReviewCommand(Guid NominationId, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
