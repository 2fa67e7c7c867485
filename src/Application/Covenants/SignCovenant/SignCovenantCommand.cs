using Mediator;

namespace ThiDua.Application.Covenants.SignCovenant;

/// <summary>Records a member unit's signature of the covenant (with the name and title of its signatory).</summary>
public sealed record SignCovenantCommand(Guid CovenantId, Guid UnitId, string? SignatoryName) : ICommand;
