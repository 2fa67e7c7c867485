using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestClusters;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary>Builds covenant terms and covenants at each stage of their lifecycle, on the fixed clock of <see cref="TestUnits"/>.</summary>
internal static class TestCovenants
{
    /// <summary>Token subject of the officer who records signatures.</summary>
    public const string Officer = "officer-1";

    /// <summary>Default signing deadline: after <see cref="TestUnits.Now"/> (2025-06-01), inside <see cref="TestClusters.Year"/>.</summary>
    public static readonly DateOnly Deadline = new(Year, 6, 30);

    public static CovenantContent Content(int number, string? title = null) =>
        new(number, title ?? $"Nội dung {number}");

    public static CovenantCriterion Criterion(string code, int contentNumber, decimal maxPoints, decimal? weight = null, bool isGate = false) =>
        new(code, contentNumber, $"Tiêu chí {code}", maxPoints, weight, isGate);

    /// <summary>
    /// Terms of a covenant. By default two contents (1 and 2) and two unweighted criteria, TC1 under content 1 and TC2 under
    /// content 2, worth 60% and 40% of <paramref name="scaleMax"/>: complete, so the covenant can be opened for signing.
    /// </summary>
    public static CovenantTerms Terms(
        decimal scaleMax = 100,
        DateOnly? deadline = null,
        string title = "Giao ước thi đua năm 2025",
        IReadOnlyList<CovenantContent>? contents = null,
        IReadOnlyList<CovenantCriterion>? criteria = null) =>
        new(
            title,
            scaleMax,
            deadline ?? Deadline,
            contents ?? [Content(1), Content(2)],
            criteria ?? [Criterion("TC1", 1, scaleMax * 0.6m), Criterion("TC2", 2, scaleMax * 0.4m)],
            [new CovenantAdjustmentRule("T1", "Được Bộ Y tế tặng Bằng khen", 5)],
            [new CovenantAdjustmentRule("P1", "Chậm nộp báo cáo", 3)]);

    /// <summary>A cluster whose term of <see cref="TestClusters.Year"/> has <paramref name="members"/>, and a draft covenant for it.</summary>
    public static (EmulationCluster Cluster, ClusterTerm Term, Covenant Covenant) Drafted(
        IReadOnlyCollection<OrganisationUnit> members,
        CovenantTerms? terms = null)
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define(members);
        var covenant = Covenant.Draft(cluster, Year, terms ?? Terms(), TestUnits.Now);
        return (cluster, term, covenant);
    }

    /// <summary>As <see cref="Drafted"/>, opened for signing.</summary>
    public static (EmulationCluster Cluster, ClusterTerm Term, Covenant Covenant) OpenForSigning(
        IReadOnlyCollection<OrganisationUnit> members,
        CovenantTerms? terms = null)
    {
        var (cluster, term, covenant) = Drafted(members, terms);
        covenant.OpenForSigning(TestUnits.Now);
        return (cluster, term, covenant);
    }

    /// <summary>A covenant of a one-member cluster, brought to <paramref name="status"/> through the lifecycle.</summary>
    public static (Covenant Covenant, ClusterTerm Term, OrganisationUnit Member) InStatus(CovenantStatus status)
    {
        if (status > CovenantStatus.Scoring)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only Draft, OpenForSigning, InForce or Scoring.");
        }

        var member = TestUnits.Active("BV-01");
        var (_, term, covenant) = Drafted([member]);
        if (status >= CovenantStatus.OpenForSigning)
        {
            covenant.OpenForSigning(TestUnits.Now);
        }

        if (status >= CovenantStatus.InForce)
        {
            covenant.SignFor(term, member);
        }

        if (status >= CovenantStatus.Scoring)
        {
            covenant.OpenForScoring(term, TestUnits.Now);
        }

        covenant.Status.ShouldBe(status);
        return (covenant, term, member);
    }

    /// <summary>Signs for <paramref name="unit"/>, recorded by <see cref="Officer"/>.</summary>
    public static CovenantSignature SignFor(
        this Covenant covenant,
        ClusterTerm term,
        OrganisationUnit unit,
        DateTimeOffset? now = null,
        string? signatoryName = "Giám đốc Nguyễn Văn A") =>
        covenant.Sign(term, unit.Id, Officer, signatoryName, now ?? TestUnits.Now);
}
