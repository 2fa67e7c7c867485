using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.MarkNominationNotAwarded;

/// <summary>The competent authority declines the dossier (không khen thưởng), with its reason.</summary>
public sealed record MarkNominationNotAwardedCommand(Guid NominationId, string Reason, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
