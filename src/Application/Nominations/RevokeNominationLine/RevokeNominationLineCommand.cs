using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Nominations.RevokeNominationLine;

/// <summary>Revokes the award a decided line conferred, on a legal ground, by a revocation decision (domain.md §6.7).</summary>
public sealed record RevokeNominationLineCommand(Guid NominationId, Guid LineId, RevocationGround Ground, DocumentInput Decision, string? Reason) : ICommand<NominationDto>;
