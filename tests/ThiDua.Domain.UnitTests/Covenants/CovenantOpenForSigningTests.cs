using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.Covenants.TestCovenants;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary><see cref="Covenant.OpenForSigning"/>: the lifecycle guard and the completeness of the criteria.</summary>
public class CovenantOpenForSigningTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void OpenForSigning_WhenDraftAndComplete_OpensAndTouches()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.Signatures.ShouldBeEmpty();
        covenant.CreatedAt.ShouldBe(Now);
        covenant.UpdatedAt.ShouldBe(Later);
    }

    [Theory]
    [InlineData(CovenantStatus.OpenForSigning)]
    [InlineData(CovenantStatus.InForce)]
    [InlineData(CovenantStatus.Scoring)]
    public void OpenForSigning_WhenNotDraft_ThrowsNotDraft(CovenantStatus status)
    {
        var (covenant, _, _) = TestCovenants.InStatus(status);
        var updatedAt = covenant.UpdatedAt;

        var exception = DomainAssert.ShouldViolate(CovenantErrors.NotDraft, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain($"(status: '{ApiName.Of(status)}')", Case.Sensitive);
        exception.Error.Text.Vi.ShouldContain($"(trạng thái: '{ApiName.Of(status)}')", Case.Sensitive);
        covenant.Status.ShouldBe(status);
        covenant.UpdatedAt.ShouldBe(updatedAt);
    }

    [Fact]
    public void OpenForSigning_WhenNoContents_ThrowsNoCriteria()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(contents: []));

        DomainAssert.ShouldViolate(CovenantErrors.NoCriteria, () => covenant.OpenForSigning(Later));

        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void OpenForSigning_WhenNoCriteria_ThrowsNoCriteria()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(criteria: []));

        DomainAssert.ShouldViolate(CovenantErrors.NoCriteria, () => covenant.OpenForSigning(Later));

        covenant.Status.ShouldBe(CovenantStatus.Draft);
    }

    [Fact]
    public void OpenForSigning_WhenOneContentAndOneCriterionWorthTheScale_Opens()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(contents: [Content(1)], criteria: [Criterion("TC1", 1, 100)]));

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenCriterionRefersToMissingContent_ThrowsCriterionContentUnknownNamingCriterion()
    {
        var terms = Terms(
            contents: [Content(1), Content(2)],
            criteria: [Criterion("TC1", 1, 50), Criterion("TC2.3", 3, 50)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        var exception = DomainAssert.ShouldViolate(CovenantErrors.CriterionContentUnknown, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain("TC2.3");
        exception.Error.Message.ShouldContain("content 3");
        exception.Error.Message.ShouldNotContain("TC1");
        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void OpenForSigning_WhenEveryCriterionRefersToExistingContent_Opens()
    {
        var terms = Terms(
            contents: [Content(1), Content(2), Content(3)],
            criteria: [Criterion("TC1", 1, 50), Criterion("TC2.3", 3, 50)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenUnweightedPointsAddUpExactlyToScaleMax_Opens()
    {
        var terms = Terms(criteria: [Criterion("TC1", 1, 59.5m), Criterion("TC2", 2, 40), Criterion("TC3", 2, 0.5m)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Theory]
    [MemberData(nameof(NotTheScale))]
    public void OpenForSigning_WhenUnweightedPointsDoNotAddUpToScaleMax_ThrowsCriteriaTotalMismatchNamingCriteria(decimal lastPoints)
    {
        // 59.5 + 40 + lastPoints, against a scale of 100.
        var terms = Terms(criteria: [Criterion("TC1", 1, 59.5m), Criterion("TC2", 2, 40), Criterion("TC3", 2, lastPoints)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        var exception = DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain("TC1");
        exception.Error.Message.ShouldContain("TC2");
        exception.Error.Message.ShouldContain("TC3");
        exception.Error.Message.ShouldContain("scale maximum 100");
        exception.Error.Message.ShouldNotContain("(weighted)");
        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.UpdatedAt.ShouldBe(Now);
    }

    public static TheoryData<decimal> NotTheScale => new() { 0m, 0.49m, 0.51m, 1m };

    [Fact]
    public void OpenForSigning_WhenCriteriaTotal99Point5OnScaleOf100_ThrowsCriteriaTotalMismatch()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(criteria: [Criterion("TC1", 1, 60), Criterion("TC2", 2, 39.5m)]));

        DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));
    }

    [Fact]
    public void OpenForSigning_WhenCriteriaTotal100OnScaleOf100_Opens()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(criteria: [Criterion("TC1", 1, 60), Criterion("TC2", 2, 40)]));

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenCriteriaTotal1000OnScaleOf1000_Opens()
    {
        var terms = Terms(scaleMax: 1000, criteria: [Criterion("TC1", 1, 400), Criterion("TC2", 2, 350), Criterion("TC3", 2, 250)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.Terms.ScaleMax.ShouldBe(1000m);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(1001)]
    public void OpenForSigning_WhenCriteriaTotalOtherThan1000OnScaleOf1000_ThrowsCriteriaTotalMismatch(int total)
    {
        var terms = Terms(scaleMax: 1000, criteria: [Criterion("TC1", 1, total - 250), Criterion("TC2", 2, 250)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        var exception = DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain($"add up to {total}, not the scale maximum 1000");
    }

    [Fact]
    public void OpenForSigning_WhenEveryCriterionWeightedAndWeightedSumIsScaleMax_Opens()
    {
        // 40×1.5 + 20×2 = 100, although the plain sum is 60.
        var terms = Terms(criteria: [Criterion("TC1", 1, 40, weight: 1.5m), Criterion("TC2", 2, 20, weight: 2)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenEveryCriterionWeightedAndOnlyPlainSumIsScaleMax_ThrowsCriteriaTotalMismatchNamingWeightedCriteria()
    {
        // Plain sum 60 + 40 = 100, but weighted 60×1 + 40×2 = 140.
        var terms = Terms(criteria: [Criterion("TC1", 1, 60, weight: 1), Criterion("TC2", 2, 40, weight: 2)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        var exception = DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain("(weighted)");
        exception.Error.Message.ShouldContain("add up to 140, not the scale maximum 100");
        exception.Error.Message.ShouldContain("TC1 60×1");
        exception.Error.Message.ShouldContain("TC2 40×2");
        covenant.Status.ShouldBe(CovenantStatus.Draft);
    }

    [Fact]
    public void OpenForSigning_WhenWeightedSumOneWeightUnitShortOfScaleMax_ThrowsCriteriaTotalMismatch()
    {
        // 40×1.5 + 19.5×2 = 99.
        var terms = Terms(criteria: [Criterion("TC1", 1, 40, weight: 1.5m), Criterion("TC2", 2, 19.5m, weight: 2)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));
    }

    [Fact]
    public void OpenForSigning_WhenOnlySomeCriteriaWeightedAndPlainSumIsScaleMax_OpensIgnoringWeights()
    {
        // Plain sum 60 + 40 = 100; the weight of TC1 alone would make it 160.
        var terms = Terms(criteria: [Criterion("TC1", 1, 60, weight: 2), Criterion("TC2", 2, 40)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenOnlySomeCriteriaWeightedAndOnlyWeightedSumIsScaleMax_ThrowsCriteriaTotalMismatchOnPlainSum()
    {
        // 30×2 + 40 would be 100, but with a weight missing the plain sum counts: 30 + 40 = 70.
        var terms = Terms(criteria: [Criterion("TC1", 1, 30, weight: 2), Criterion("TC2", 2, 40)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        var exception = DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));

        exception.Error.Message.ShouldContain("add up to 70, not the scale maximum 100");
        exception.Error.Message.ShouldNotContain("(weighted)");
        exception.Error.Message.ShouldContain("TC1");
        exception.Error.Message.ShouldContain("TC2");
    }

    [Fact]
    public void OpenForSigning_WhenGateCriterionIncluded_CountsItsPoints()
    {
        var terms = Terms(criteria: [Criterion("TC1", 1, 90), Criterion("G1", 2, 10, isGate: true)]);
        var (_, _, covenant) = Drafted([Active("BV-01")], terms);

        covenant.OpenForSigning(Later);

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void OpenForSigning_WhenRevisedFromIncompleteToComplete_Opens()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")], Terms(criteria: [Criterion("TC1", 1, 60)]));
        DomainAssert.ShouldViolate(CovenantErrors.CriteriaTotalMismatch, () => covenant.OpenForSigning(Later));

        covenant.Revise(Terms(), Later);
        covenant.OpenForSigning(Later.AddMinutes(1));

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.UpdatedAt.ShouldBe(Later.AddMinutes(1));
    }
}
