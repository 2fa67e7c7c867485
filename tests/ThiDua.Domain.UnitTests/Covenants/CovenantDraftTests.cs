using System.Text;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.Covenants.TestCovenants;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary><see cref="Covenant.Draft"/> and <see cref="Covenant.Revise"/>.</summary>
public class CovenantDraftTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void Draft_WhenClusterHasTermForYear_CreatesDraftWithoutSignatures()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01"), Active("BV-02")]);
        var terms = Terms();

        var covenant = Covenant.Draft(cluster, Year, terms, Later);

        covenant.Id.Value.ShouldNotBe(Guid.Empty);
        covenant.ClusterId.ShouldBe(cluster.Id);
        covenant.Year.ShouldBe(Year);
        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.Terms.ShouldBe(terms);
        covenant.Signatures.ShouldBeEmpty();
        covenant.DomainEvents.ShouldBeEmpty();
        covenant.CreatedAt.ShouldBe(Later);
        covenant.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void Draft_WhenClusterHasNoTerms_ThrowsNoTermForYear()
    {
        var cluster = TestClusters.Create();

        DomainAssert.ShouldViolate(CovenantErrors.NoTermForYear, () => Covenant.Draft(cluster, Year, Terms(), Now));
    }

    [Fact]
    public void Draft_WhenClusterHasTermsOfOtherYearsOnly_ThrowsNoTermForYear()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")], year: Year - 1);
        cluster.Define([Active("BV-01")], year: Year + 1);

        DomainAssert.ShouldViolate(CovenantErrors.NoTermForYear, () => Covenant.Draft(cluster, Year, Terms(), Now));
    }

    [Fact]
    public void Draft_WhenTermOfThatYearDefinedWithoutMembers_CreatesDraft()
    {
        var cluster = TestClusters.Create();
        cluster.Define([], year: Year - 1);

        var covenant = Covenant.Draft(cluster, Year - 1, Terms(deadline: new DateOnly(Year - 1, 3, 31)), Now);

        covenant.Year.ShouldBe(Year - 1);
        covenant.Status.ShouldBe(CovenantStatus.Draft);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(6, 30)]
    [InlineData(12, 31)]
    public void Draft_WhenSigningDeadlineInCovenantYear_CreatesDraft(int month, int day)
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var deadline = new DateOnly(Year, month, day);

        var covenant = Covenant.Draft(cluster, Year, Terms(deadline: deadline), Now);

        covenant.Terms.SigningDeadline.ShouldBe(deadline);
    }

    [Theory]
    [InlineData(Year + 1, 1, 1)]
    [InlineData(Year - 1, 12, 31)]
    public void Draft_WhenSigningDeadlineOutsideCovenantYear_ThrowsDeadlineOutsideYear(int year, int month, int day)
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var terms = Terms(deadline: new DateOnly(year, month, day));

        DomainAssert.ShouldViolate(CovenantErrors.DeadlineOutsideYear, () => Covenant.Draft(cluster, Year, terms, Now));
    }

    [Fact]
    public void Draft_WhenTitlePaddedAndDecomposed_StoresTrimmedNfcTitle()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var decomposed = "Giao ước thi đua năm 2025".Normalize(NormalizationForm.FormD);
        decomposed.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();

        var covenant = Covenant.Draft(cluster, Year, Terms(title: $"  {decomposed}\t "), Now);

        covenant.Terms.Title.ShouldBe("Giao ước thi đua năm 2025".Normalize(NormalizationForm.FormC));
        covenant.Terms.Title.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Draft_KeepsContentsCriteriaAndRulesAsDrafted()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);
        var terms = Terms(scaleMax: 1000);

        var covenant = Covenant.Draft(cluster, Year, terms, Now);

        covenant.Terms.ScaleMax.ShouldBe(1000m);
        covenant.Terms.Contents.ShouldBe(terms.Contents);
        covenant.Terms.Criteria.ShouldBe(terms.Criteria);
        covenant.Terms.BonusRules.ShouldBe(terms.BonusRules);
        covenant.Terms.PenaltyRules.ShouldBe(terms.PenaltyRules);
    }

    [Fact]
    public void Draft_WhenClusterOrTermsNull_ThrowsArgumentNullException()
    {
        var cluster = TestClusters.Create();
        cluster.Define([Active("BV-01")]);

        Should.Throw<ArgumentNullException>(() => Covenant.Draft(null!, Year, Terms(), Now));
        Should.Throw<ArgumentNullException>(() => Covenant.Draft(cluster, Year, null!, Now));
    }

    [Fact]
    public void Revise_WhenDraft_ReplacesTermsAndTouches()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);
        var revised = Terms(
            scaleMax: 1000,
            deadline: new DateOnly(Year, 12, 31),
            title: "  Giao ước (sửa đổi)  ",
            contents: [Content(1), Content(2), Content(3)],
            criteria: [Criterion("TC1", 1, 500), Criterion("TC2", 2, 300), Criterion("TC3", 3, 200)]);

        covenant.Revise(revised, Later);

        covenant.Terms.Title.ShouldBe("Giao ước (sửa đổi)");
        covenant.Terms.ScaleMax.ShouldBe(1000m);
        covenant.Terms.SigningDeadline.ShouldBe(new DateOnly(Year, 12, 31));
        covenant.Terms.Contents.Count.ShouldBe(3);
        covenant.Terms.Criteria.Select(c => c.Code).ShouldBe(["TC1", "TC2", "TC3"]);
        covenant.Status.ShouldBe(CovenantStatus.Draft);
        covenant.CreatedAt.ShouldBe(Now);
        covenant.UpdatedAt.ShouldBe(Later);
    }

    [Fact]
    public void Revise_WhenDraft_MayLeaveTermsIncomplete()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);

        covenant.Revise(Terms(contents: [], criteria: []), Later);

        covenant.Terms.Contents.ShouldBeEmpty();
        covenant.Terms.Criteria.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(CovenantStatus.OpenForSigning)]
    [InlineData(CovenantStatus.InForce)]
    [InlineData(CovenantStatus.Scoring)]
    public void Revise_WhenNoLongerDraft_ThrowsNotDraftAndKeepsTerms(CovenantStatus status)
    {
        var (covenant, _, _) = TestCovenants.InStatus(status);
        var before = covenant.Terms;
        var updatedAt = covenant.UpdatedAt;

        var exception = DomainAssert.ShouldViolate(CovenantErrors.NotDraft, () => covenant.Revise(Terms(scaleMax: 1000), Later));

        exception.Error.Message.ShouldContain($"(status: '{ApiName.Of(status)}')", Case.Sensitive);
        exception.Error.Text.Vi.ShouldContain($"(trạng thái: '{ApiName.Of(status)}')", Case.Sensitive);
        covenant.Terms.ShouldBeSameAs(before);
        covenant.Status.ShouldBe(status);
        covenant.UpdatedAt.ShouldBe(updatedAt);
    }

    [Fact]
    public void Revise_WhenSigningDeadlineOnLastDayOfYear_ReplacesTerms()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);

        covenant.Revise(Terms(deadline: new DateOnly(Year, 12, 31)), Later);

        covenant.Terms.SigningDeadline.ShouldBe(new DateOnly(Year, 12, 31));
    }

    [Fact]
    public void Revise_WhenSigningDeadlineInNextYear_ThrowsDeadlineOutsideYearAndKeepsTerms()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);
        var before = covenant.Terms;

        DomainAssert.ShouldViolate(
            CovenantErrors.DeadlineOutsideYear,
            () => covenant.Revise(Terms(deadline: new DateOnly(Year + 1, 1, 1)), Later));

        covenant.Terms.ShouldBeSameAs(before);
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Revise_WhenTermsNull_ThrowsArgumentNullException()
    {
        var (_, _, covenant) = Drafted([Active("BV-01")]);

        Should.Throw<ArgumentNullException>(() => covenant.Revise(null!, Later));
    }
}
