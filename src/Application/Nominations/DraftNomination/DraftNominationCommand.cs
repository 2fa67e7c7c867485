using Mediator;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Nominations.DraftNomination;

/// <summary>Opens a dossier of a proposing unit for a year and commendation type, optionally tied to a campaign or covenant.</summary>
public sealed record DraftNominationCommand(Guid ProposingUnitId, int Year, CommendationType CommendationType, string Title, Guid? CampaignId, Guid? CovenantId)
    : ICommand<NominationDto>;
