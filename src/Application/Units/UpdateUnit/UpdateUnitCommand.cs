using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.UpdateUnit;

/// <summary>
/// Corrects a unit's descriptive data (not its code, parent or status). Returns it as updated. <c>AgencyCode</c>: null
/// keeps the unit's electronic identifier code, an empty string removes it, a code sets it.
/// </summary>
public sealed record UpdateUnitCommand(
    Guid Id,
    string Name,
    string? ShortName,
    UnitKind Kind,
    string Province,
    uint? ExpectedVersion,
    string? AgencyCode = null) : ICommand<UnitDetailsDocument>, IVersionedCommand;
