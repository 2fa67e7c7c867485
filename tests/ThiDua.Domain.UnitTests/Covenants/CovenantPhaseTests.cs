using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.Covenants.TestCovenants;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary>
/// Phases (đợt) of a covenant's programme, as seed 000 writes them: dated, ordered, inside the covenant's year; touching
/// or with gaps, never overlapping; frozen with the rest once the covenant is opened for signing.
/// </summary>
public class CovenantPhaseTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    private static DateOnly D(int month, int day, int year = Year) => new(year, month, day);

    private static CovenantPhase Phase(string name, DateOnly start, DateOnly end, string? theme = null) =>
        new(0, name, start, end, theme, null, []);

    private static Covenant DraftWith(params CovenantPhase[] phases) =>
        Drafted([Active("BV-01")], Terms() with { Phases = phases }).Covenant;

    [Fact]
    public void Draft_WithoutPhases_HasNone()
    {
        Drafted([Active("BV-01")]).Covenant.Terms.EffectivePhases.ShouldBeEmpty();
        DraftWith().Terms.EffectivePhases.ShouldBeEmpty();
    }

    [Fact]
    public void Draft_WithOnePhaseCoveringTheWholeYear_FromJanuary1ToDecember31_IsAccepted()
    {
        var phase = DraftWith(Phase("Cả năm", D(1, 1), D(12, 31))).Terms.EffectivePhases.ShouldHaveSingleItem();

        (phase.Number, phase.Start, phase.End).ShouldBe((1, D(1, 1), D(12, 31)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 31)]
    public void Draft_WithAOneDayPhaseOnTheFirstOrLastDayOfTheYear_IsAccepted(int month, int day) =>
        DraftWith(Phase("Một ngày", D(month, day), D(month, day))).Terms.EffectivePhases.ShouldHaveSingleItem().Start.ShouldBe(D(month, day));

    [Fact]
    public void Draft_WithTheThreePhasesOfSeed000_NumbersThemInOrder_AndCleansTheirText()
    {
        var covenant = DraftWith(
            Phase(" Đợt I ", D(1, 1), D(4, 30), " Mừng Đảng, Mừng xuân, mừng đất nước đổi mới "),
            Phase("Đợt II", D(5, 1), D(7, 31)),
            Phase("Đợt III", D(8, 1), D(12, 31)));

        var phases = covenant.Terms.EffectivePhases;
        phases.Select(p => (p.Number, p.Name)).ShouldBe([(1, "Đợt I"), (2, "Đợt II"), (3, "Đợt III")]);
        phases[0].Theme.ShouldBe("Mừng Đảng, Mừng xuân, mừng đất nước đổi mới");
        phases[1].Theme.ShouldBeNull();
    }

    [Fact]
    public void Draft_WithTouchingPhases_TheNextStartingTheDayAfterThePreviousEnds_IsAccepted() =>
        DraftWith(Phase("Đợt 1", D(1, 1), D(4, 30)), Phase("Đợt 2", D(5, 1), D(5, 1))).Terms.EffectivePhases.Count.ShouldBe(2);

    [Fact]
    public void Draft_WithAGapBetweenPhases_IsAccepted() =>
        DraftWith(Phase("Đợt 1", D(1, 1), D(4, 30)), Phase("Đợt 2", D(5, 2), D(7, 31))).Terms.EffectivePhases.Count.ShouldBe(2);

    [Fact]
    public void Draft_WithPhasesOverlappingByOneDay_ThrowsPhasesOverlap()
    {
        var terms = Terms() with { Phases = [Phase("Đợt 1", D(1, 1), D(4, 30)), Phase("Đợt 2", D(4, 30), D(7, 31))] };

        var exception = DomainAssert.ShouldViolate(CovenantErrors.PhasesOverlap, () => Drafted([Active("BV-01")], terms));

        exception.Error.Message.ShouldContain($"{Year}-05-01");
    }

    [Fact]
    public void Draft_WithAPhaseInsideThePreviousOne_ThrowsPhasesOverlap()
    {
        var terms = Terms() with { Phases = [Phase("Đợt 1", D(1, 1), D(6, 30)), Phase("Đợt 2", D(3, 1), D(3, 31))] };

        DomainAssert.ShouldViolate(CovenantErrors.PhasesOverlap, () => Drafted([Active("BV-01")], terms));
    }

    [Fact]
    public void Draft_WithPhasesOutOfOrder_ThrowsPhasesOutOfOrder()
    {
        var terms = Terms() with { Phases = [Phase("Đợt II", D(5, 1), D(7, 31)), Phase("Đợt I", D(1, 1), D(4, 30))] };

        DomainAssert.ShouldViolate(CovenantErrors.PhasesOutOfOrder, () => Drafted([Active("BV-01")], terms));
    }

    [Fact]
    public void Draft_WithAPhaseEndingTheDayBeforeItStarts_ThrowsPhaseEndsBeforeStart()
    {
        var terms = Terms() with { Phases = [Phase("Đợt 1", D(5, 1), D(4, 30))] };

        DomainAssert.ShouldViolate(CovenantErrors.PhaseEndsBeforeStart, () => Drafted([Active("BV-01")], terms));
    }

    [Theory]
    [InlineData(Year - 1, 12, 31, Year, 4, 30)]
    [InlineData(Year, 8, 1, Year + 1, 1, 1)]
    [InlineData(Year + 1, 1, 1, Year + 1, 3, 31)]
    public void Draft_WithAPhaseLeavingTheYearByOneDayOrMore_ThrowsPhaseOutsideYear(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var terms = Terms() with { Phases = [Phase("Đợt 1", new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2))] };

        var exception = DomainAssert.ShouldViolate(CovenantErrors.PhaseOutsideYear, () => Drafted([Active("BV-01")], terms));

        exception.Error.Message.ShouldContain($"year {Year}");
    }

    [Fact]
    public void Revise_WhileDraft_ReplacesThePhases()
    {
        var covenant = DraftWith(Phase("Đợt 1", D(1, 1), D(12, 31)));

        covenant.Revise(Terms() with { Phases = [Phase("Đợt I", D(1, 1), D(4, 30)), Phase("Đợt II", D(5, 1), D(12, 31))] }, Later);

        covenant.Terms.EffectivePhases.Select(p => p.Name).ShouldBe(["Đợt I", "Đợt II"]);
        covenant.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void Revise_WithInvalidPhases_LeavesTheDraftAsItWas()
    {
        var covenant = DraftWith(Phase("Đợt 1", D(1, 1), D(12, 31)));

        DomainAssert.ShouldViolate(CovenantErrors.PhasesOverlap,
            () => covenant.Revise(Terms() with { Phases = [Phase("A", D(1, 1), D(6, 30)), Phase("B", D(6, 30), D(12, 31))] }, Later));

        covenant.Terms.EffectivePhases.ShouldHaveSingleItem().Name.ShouldBe("Đợt 1");
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(CovenantStatus.OpenForSigning)]
    [InlineData(CovenantStatus.InForce)]
    [InlineData(CovenantStatus.Scoring)]
    public void Revise_OnceOpenedForSigning_ThrowsNotDraft_AndKeepsThePhases(CovenantStatus status)
    {
        var (covenant, _, _) = InStatus(status);

        DomainAssert.ShouldViolate(CovenantErrors.NotDraft,
            () => covenant.Revise(Terms() with { Phases = [Phase("Đợt 1", D(1, 1), D(12, 31))] }, Later));

        covenant.Terms.EffectivePhases.ShouldBeEmpty();
    }
}
