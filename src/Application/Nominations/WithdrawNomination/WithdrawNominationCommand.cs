using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.WithdrawNomination;

/// <summary>The proposing unit withdraws its dossier before the council reviews it.</summary>
public sealed record WithdrawNominationCommand(Guid NominationId, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
