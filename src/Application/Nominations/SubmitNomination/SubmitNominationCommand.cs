using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.SubmitNomination;

/// <summary>Submits the dossier: each line is evaluated under the rule set in force today, and the rule set is recorded.</summary>
public sealed record SubmitNominationCommand(Guid NominationId, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
