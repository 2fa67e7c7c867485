using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

/// <summary>Opens year-end scoring of a covenant in force.</summary>
public sealed record OpenCovenantForScoringCommand(Guid CovenantId, uint? ExpectedVersion) : ICommand, IVersionedCommand;
