using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.Covenants.TestCovenants;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary><see cref="Covenant.OpenForScoring"/>, and the timestamps along the whole lifecycle.</summary>
public class CovenantLifecycleTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void OpenForScoring_WhenInForce_MovesToScoringAndTouches()
    {
        var (covenant, term, _) = TestCovenants.InStatus(CovenantStatus.InForce);

        covenant.OpenForScoring(term, Later);

        covenant.Status.ShouldBe(CovenantStatus.Scoring);
        covenant.UpdatedAt.ShouldBe(Later);
        covenant.Signatures.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(CovenantStatus.Draft)]
    [InlineData(CovenantStatus.OpenForSigning)]
    [InlineData(CovenantStatus.Scoring)]
    public void OpenForScoring_WhenNotInForce_ThrowsNotInForce(CovenantStatus status)
    {
        var (covenant, term, _) = TestCovenants.InStatus(status);
        var updatedAt = covenant.UpdatedAt;

        var exception = DomainAssert.ShouldViolate(CovenantErrors.NotInForce, () => covenant.OpenForScoring(term, Later));

        exception.Error.Message.ShouldContain($"(status: '{ApiName.Of(status)}')", Case.Sensitive);
        exception.Error.Text.Vi.ShouldContain($"(trạng thái: '{ApiName.Of(status)}')", Case.Sensitive);
        covenant.Status.ShouldBe(status);
        covenant.UpdatedAt.ShouldBe(updatedAt);
    }

    [Fact]
    public void OpenForScoring_WhenSomeMembersHaveNotSigned_ThrowsNotInForce()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")]);
        covenant.SignFor(term, a);

        DomainAssert.ShouldViolate(CovenantErrors.NotInForce, () => covenant.OpenForScoring(term, Later));

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    [Fact]
    public void Lifecycle_EachChange_MovesUpdatedAtAndKeepsCreatedAt()
    {
        var a = Active("BV-01");
        var b = Active("BV-02");
        var cluster = TestClusters.Create();
        var term = cluster.Define([a, b]);
        var t0 = Now;

        var covenant = Covenant.Draft(cluster, Year, Terms(), t0);
        covenant.CreatedAt.ShouldBe(t0);
        covenant.UpdatedAt.ShouldBe(t0);

        covenant.Revise(Terms(scaleMax: 1000), t0.AddMinutes(1));
        covenant.UpdatedAt.ShouldBe(t0.AddMinutes(1));

        covenant.OpenForSigning(t0.AddMinutes(2));
        covenant.UpdatedAt.ShouldBe(t0.AddMinutes(2));

        covenant.SignFor(term, a, t0.AddMinutes(3));
        covenant.UpdatedAt.ShouldBe(t0.AddMinutes(3));

        covenant.SignFor(term, b, t0.AddMinutes(4));
        covenant.UpdatedAt.ShouldBe(t0.AddMinutes(4));
        covenant.Status.ShouldBe(CovenantStatus.InForce);

        covenant.OpenForScoring(term, t0.AddMinutes(5));
        covenant.UpdatedAt.ShouldBe(t0.AddMinutes(5));
        covenant.Status.ShouldBe(CovenantStatus.Scoring);

        covenant.CreatedAt.ShouldBe(t0);
    }
}
