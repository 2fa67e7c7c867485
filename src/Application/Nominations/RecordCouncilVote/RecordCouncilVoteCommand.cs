using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

/// <summary>Records the council's ballot on a line: total members, members present, their yes votes, and absent members' written yes votes.</summary>
public sealed record RecordCouncilVoteCommand(Guid NominationId, Guid LineId, int Members, int Present, int Yes, int WrittenYes, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
