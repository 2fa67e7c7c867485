using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.RemoveNominationLine;

public sealed record RemoveNominationLineCommand(Guid NominationId, Guid LineId, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
