using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.JustifyNominationLine;

/// <summary>Sets (or clears) the justification of a line that may fail eligibility.</summary>
public sealed record JustifyNominationLineCommand(Guid NominationId, Guid LineId, string? Justification, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
