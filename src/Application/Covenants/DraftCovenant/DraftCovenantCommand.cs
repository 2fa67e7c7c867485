using Mediator;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Covenants.DraftCovenant;

/// <summary>Drafts the covenant of a cluster for a year. Returns its id.</summary>
public sealed record DraftCovenantCommand(Guid ClusterId, int Year, [property: FlattenedInRequest] CovenantTermsInput Terms) : ICommand<Guid>;
