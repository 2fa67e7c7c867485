using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.ProposeNominee;

/// <summary>
/// Adds a line: a person (<c>PersonId</c>) or a collective (<c>UnitId</c>), an award type, the achievement and evidence,
/// and optionally the achievement report (báo cáo thành tích), a stored document of type Báo cáo (ADR 0029).
/// </summary>
public sealed record ProposeNomineeCommand(
    Guid NominationId,
    Guid? PersonId,
    Guid? UnitId,
    string AwardTypeCode,
    string AchievementSummary,
    IReadOnlyList<string>? Evidence,
    IReadOnlyList<Guid>? BasisInitiativeIds,
    string? Justification,
    uint? ExpectedVersion,
    DocumentInput? AchievementReport = null) : ICommand<NominationDto>, IVersionedCommand;
