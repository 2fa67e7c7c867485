using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.FinalizeCovenant;

/// <summary>Closes scoring: scores become read-only and the leading unit(s) are recorded.</summary>
public sealed record FinalizeCovenantCommand(Guid CovenantId, uint? ExpectedVersion) : ICommand, IVersionedCommand;
