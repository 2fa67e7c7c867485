using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.SubmitNomination;

/// <summary>
/// Submits the dossier with its submission (tờ trình), a document stored in ThiDua: each line is evaluated under the
/// rule set in force today, and the rule set is recorded.
/// </summary>
public sealed record SubmitNominationCommand(Guid NominationId, DocumentInput? Submission, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
