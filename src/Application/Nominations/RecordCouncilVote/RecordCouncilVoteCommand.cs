using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

/// <summary>
/// Records the council's ballot on a line: total members, members present, their yes votes, and absent members' written
/// yes votes; optionally the session's minutes (biên bản), a stored document of type Biên bản (ADR 0029).
/// </summary>
public sealed record RecordCouncilVoteCommand(
    Guid NominationId, Guid LineId, int Members, int Present, int Yes, int WrittenYes, uint? ExpectedVersion, DocumentInput? Minutes = null)
    : ICommand<NominationDto>, IVersionedCommand;
