using Mediator;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Covenants.DraftCovenant;

/// <summary>Drafts the covenant of a cluster for a year. Returns the covenant as drafted.</summary>
public sealed record DraftCovenantCommand(Guid ClusterId, int Year, [property: FlattenedInRequest] CovenantTermsInput Terms) : ICommand<CovenantDetailsDto>;
