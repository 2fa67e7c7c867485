using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Awards.ImportUnitAward;

/// <summary>Enters a past collective award of a unit from its decision. Returns the award as recorded.</summary>
public sealed record ImportUnitAwardCommand(Guid UnitId, string AwardTypeCode, int Year, CommendationType CommendationType, DocumentInput Decision) : ICommand<AwardRecordDto>;
