using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Awards;

using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Awards.ImportPersonAward;

/// <summary>
/// Enters a past award of a person from its decision (number, date, issuer), optionally naming the initiatives it was
/// based on (rule R9). The unit at decision defaults to the one the person worked for on the decision date. Returns the
/// award as recorded. The statistics classifications are optional: left out, the forms derive them (ADR 0034).
/// </summary>
public sealed record ImportPersonAwardCommand(
    Guid PersonId, string AwardTypeCode, int Year, CommendationType CommendationType, DocumentInput Decision, IReadOnlyList<Guid>? BasisInitiativeIds,
    RecipientCategory? StatisticsRecipientCategory = null, AwardMethod? StatisticsAwardMethod = null)
    : ICommand<AwardRecordDto>;
