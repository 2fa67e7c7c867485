using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;

namespace ThiDua.Application.Nominations;

/// <summary>
/// Checks the nominees' holds again after submission (R4, Nghị định 152/2025/NĐ-CP, Điều 4.4): a hold placed while the
/// dossier is under review stops the vote and the award of that line, and a hold lifted meanwhile lets it go on.
/// </summary>
public sealed class NomineeHolds(IPersonRepository people)
{
    /// <summary>The hold rule's outcome on <paramref name="date"/> for every person's line of the dossier.</summary>
    public async Task<IReadOnlyDictionary<Guid, RuleOutcome>> OnAsync(Nomination nomination, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        return await OnAsync(nomination.Lines, date, cancellationToken);
    }

    /// <summary>The hold rule's outcome today (Vietnam date) for one line, or null for a collective's line.</summary>
    public async Task<RuleOutcome?> TodayAsync(NominationLine line, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        return (await OnAsync([line], LegalCalendar.DateInVietnam(now), cancellationToken)).GetValueOrDefault(line.Id);
    }

    private async Task<IReadOnlyDictionary<Guid, RuleOutcome>> OnAsync(IEnumerable<NominationLine> lines, DateOnly date, CancellationToken cancellationToken)
    {
        var personLines = lines.Where(l => l.PersonId is not null).ToList();
        var nominees = await people.GetManyAsync(personLines.Select(l => l.PersonId!.Value).Distinct().ToList(), cancellationToken);
        return personLines
            .Where(l => nominees.ContainsKey(l.PersonId!.Value))
            .ToDictionary(l => l.Id, l => EligibilityEngine.Hold(nominees[l.PersonId!.Value].Disciplines, date));
    }
}
