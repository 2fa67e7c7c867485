using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.ListNominations;

/// <summary>Dossiers, newest first, by proposing unit, year and status.</summary>
public sealed record ListNominationsQuery(Guid? ProposingUnitId, int? Year, NominationStatus? Status, PageRequest Page) : IQuery<Page<NominationSummaryDto>>;
