using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.ProposeNominee;

/// <summary>Adds a line: a person (<c>PersonId</c>) or a collective (<c>UnitId</c>), an award type, the achievement and evidence.</summary>
public sealed record ProposeNomineeCommand(
    Guid NominationId,
    Guid? PersonId,
    Guid? UnitId,
    string AwardTypeCode,
    string AchievementSummary,
    IReadOnlyList<string>? Evidence,
    IReadOnlyList<Guid>? BasisInitiativeIds,
    string? Justification,
    uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
