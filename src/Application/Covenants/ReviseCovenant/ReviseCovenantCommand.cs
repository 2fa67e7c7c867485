using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Covenants.ReviseCovenant;

/// <summary>Replaces a draft covenant's content.</summary>
public sealed record ReviseCovenantCommand(Guid CovenantId, CovenantTermsInput Terms, uint? ExpectedVersion) : ICommand, IVersionedCommand;
