using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Awards.ImportUnitAward;

/// <summary>Enters a past collective award of a unit from its decision. Returns the award as recorded.</summary>
/// <remarks>The statistics classifications are optional: left out, the forms derive them (ADR 0034).</remarks>
public sealed record ImportUnitAwardCommand(
    Guid UnitId, string AwardTypeCode, int Year, CommendationType CommendationType, DocumentInput Decision,
    RecipientCategory? StatisticsRecipientCategory = null, AwardMethod? StatisticsAwardMethod = null) : ICommand<AwardRecordDto>;
