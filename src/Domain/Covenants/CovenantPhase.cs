using ThiDua.Domain.Common;

namespace ThiDua.Domain.Covenants;

/// <summary>
/// A phase (đợt thi đua) of the programme a cluster commits to in its covenant, numbered in order, with its dates, its
/// theme (chủ đề), its focus and the anniversaries it celebrates. Seed 000: Cụm thi đua số I's 2023 programme has three
/// phases, Đợt I 01/01–30/04 "Mừng Đảng, Mừng xuân, mừng đất nước đổi mới", Đợt II 01/05–31/07, Đợt III 01/08–31/12.
/// </summary>
public sealed record CovenantPhase(int Number, string Name, DateOnly Start, DateOnly End, string? Theme, string? Focus, IReadOnlyList<string> Commemorations)
{
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 2000;
    public const int CommemorationMaxLength = 500;
    public const int MaxCommemorations = 50;

    /// <summary>At most one phase a week, far above any programme seen (three or four a year).</summary>
    public const int MaxPhases = 52;

    /// <summary>
    /// Checks the phases of a covenant of <paramref name="year"/>, in the order given (the order they are numbered in):
    /// each ends on or after its start and lies inside the year, each starts after the one before has started
    /// (in order) and after it has ended (no overlap; a phase may start the day after the previous one ends). Gaps between
    /// phases are allowed (ADR 0013). Returns the phases numbered 1, 2, ... with their texts cleaned.
    /// </summary>
    public static IReadOnlyList<CovenantPhase> Validated(int year, IReadOnlyList<CovenantPhase>? phases)
    {
        if (phases is null || phases.Count == 0)
        {
            return [];
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var result = new List<CovenantPhase>(phases.Count);
        CovenantPhase? previous = null;
        foreach (var given in phases)
        {
            ArgumentNullException.ThrowIfNull(given);
            var phase = given with
            {
                Number = result.Count + 1,
                Name = Text.Clean(given.Name),
                Theme = Text.CleanOptional(given.Theme),
                Focus = Text.CleanOptional(given.Focus),
                Commemorations = (given.Commemorations ?? []).Select(Text.Clean).ToList(),
            };
            var label = $"Phase {phase.Number} ({phase.Name}, {phase.Start:yyyy-MM-dd} – {phase.End:yyyy-MM-dd})";
            var labelVi = $"Đợt {phase.Number} ({phase.Name}, {phase.Start:dd'/'MM'/'yyyy} – {phase.End:dd'/'MM'/'yyyy})";
            if (phase.End < phase.Start)
            {
                throw new DomainRuleViolationException(CovenantErrors.PhaseEndsBeforeStart.WithMessage($"{labelVi} kết thúc trước khi bắt đầu.", $"{label} ends before it starts."));
            }

            if (phase.Start < first || phase.End > last)
            {
                throw new DomainRuleViolationException(CovenantErrors.PhaseOutsideYear.WithMessage(
                    $"{labelVi} nằm ngoài năm {year} của giao ước thi đua ({first:dd'/'MM'/'yyyy} – {last:dd'/'MM'/'yyyy}).",
                    $"{label} lies outside the covenant's year {year} ({first:yyyy-MM-dd} – {last:yyyy-MM-dd})."));
            }

            if (previous is not null && phase.Start < previous.Start)
            {
                throw new DomainRuleViolationException(CovenantErrors.PhasesOutOfOrder.WithMessage(
                    $"{labelVi} bắt đầu trước đợt {previous.Number} (bắt đầu từ ngày {previous.Start:dd'/'MM'/'yyyy}): liệt kê các đợt theo thứ tự thời gian.",
                    $"{label} starts before phase {previous.Number}, which starts on {previous.Start:yyyy-MM-dd}: list the phases in the order they run."));
            }

            if (previous is not null && phase.Start <= previous.End)
            {
                throw new DomainRuleViolationException(CovenantErrors.PhasesOverlap.WithMessage(
                    $"{labelVi} bắt đầu trước khi đợt {previous.Number} kết thúc vào ngày {previous.End:dd'/'MM'/'yyyy}; sớm nhất có thể bắt đầu từ ngày {previous.End.AddDays(1):dd'/'MM'/'yyyy}.",
                    $"{label} starts before phase {previous.Number} ends on {previous.End:yyyy-MM-dd}; it can start on {previous.End.AddDays(1):yyyy-MM-dd} at the earliest."));
            }

            result.Add(phase);
            previous = phase;
        }

        return result;
    }
}
