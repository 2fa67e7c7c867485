using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Covenants.ReviseCovenant;

/// <summary>Replaces a draft covenant's content. Returns the covenant as revised.</summary>
public sealed record ReviseCovenantCommand(Guid CovenantId, [property: FlattenedInRequest] CovenantTermsInput Terms, uint? ExpectedVersion) : ICommand<CovenantDetailsDto>, IVersionedCommand;
