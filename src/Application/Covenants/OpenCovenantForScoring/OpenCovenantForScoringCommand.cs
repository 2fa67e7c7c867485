using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.OpenCovenantForScoring;

/// <summary>Opens year-end scoring of a covenant in force. Returns the covenant as opened for scoring.</summary>
public sealed record OpenCovenantForScoringCommand(Guid CovenantId, uint? ExpectedVersion, HistoricalInput? Historical = null) : ICommand<CovenantDetailsDto>, IVersionedCommand;
