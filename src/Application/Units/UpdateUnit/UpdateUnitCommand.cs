using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.UpdateUnit;

/// <summary>Corrects a unit's descriptive data (not its code, parent or status). Returns it as updated.</summary>
public sealed record UpdateUnitCommand(
    Guid Id,
    string Name,
    string? ShortName,
    UnitKind Kind,
    string Province,
    uint? ExpectedVersion) : ICommand<UnitDetailsDto>, IVersionedCommand;
