using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>
/// A cluster of <see cref="TestClusters.Year"/> whose members all signed a covenant, brought to a chosen status (by default
/// open for scoring), with helpers that record assessments and rank the units. The covenant has two criteria — 1.1 (max 60)
/// and the gate 2.1 (max 40) on a scale of 100 — a bonus rule B1 (cap 5) and a penalty rule P1 (cap 10).
/// </summary>
internal sealed class ScoringFixture
{
    public const string Criterion = "1.1";
    public const decimal CriterionMax = 60;
    public const string Gate = "2.1";
    public const decimal GateMax = 40;
    public const string Bonus = "B1";
    public const decimal BonusCap = 5;
    public const string Penalty = "P1";
    public const decimal PenaltyCap = 10;
    public const decimal ScaleMax = 100;

    /// <summary>Token subject of whoever records scores in these tests.</summary>
    public const string Scorer = "scorer-1";

    /// <summary>The signing deadline: after <see cref="SignedAt"/>, in <see cref="TestClusters.Year"/>.</summary>
    public static readonly DateOnly SigningDeadline = new(TestClusters.Year, 6, 30);

    /// <summary>When the members sign (2025-06-01, before <see cref="SigningDeadline"/>).</summary>
    public static readonly DateTimeOffset SignedAt = TestUnits.Now;

    /// <summary>When scoring opens.</summary>
    public static readonly DateTimeOffset ScoringOpenedAt = new(TestClusters.Year, 12, 1, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>When scores are recorded.</summary>
    public static readonly DateTimeOffset ScoredAt = ScoringOpenedAt.AddDays(5);

    private ScoringFixture(
        EmulationCluster cluster,
        ClusterTerm term,
        Covenant covenant,
        IReadOnlyList<OrganisationUnit> members,
        IReadOnlyList<OrganisationUnit> leavers)
    {
        Cluster = cluster;
        Term = term;
        Covenant = covenant;
        Members = members;
        Leavers = leavers;
    }

    public EmulationCluster Cluster { get; }

    public ClusterTerm Term { get; }

    public Covenant Covenant { get; }

    /// <summary>The member units that signed (once the covenant is past signing).</summary>
    public IReadOnlyList<OrganisationUnit> Members { get; }

    /// <summary>Units that were members when the covenant opened for signing but were removed from the term before signing.</summary>
    public IReadOnlyList<OrganisationUnit> Leavers { get; }

    /// <summary>An active unit that never belonged to the cluster.</summary>
    public OrganisationUnit Outsider { get; } = TestUnits.Active("BV-99");

    public OrganisationUnit this[int index] => Members[index];

    /// <summary>The terms described on the class; <paramref name="tieBreakers"/> null means the default tie-breakers.</summary>
    public static CovenantTerms Terms(IReadOnlyList<TieBreaker>? tieBreakers = null) =>
        new(
            "Giao ước thi đua năm 2025",
            ScaleMax,
            SigningDeadline,
            [new CovenantContent(1, "Thực hiện nhiệm vụ chuyên môn"), new CovenantContent(2, "Chấp hành pháp luật")],
            [
                new CovenantCriterion(Criterion, 1, "Hoàn thành chỉ tiêu", CriterionMax, null, IsGate: false),
                new CovenantCriterion(Gate, 2, "Không có vi phạm nghiêm trọng", GateMax, null, IsGate: true),
            ],
            [new CovenantAdjustmentRule(Bonus, "Được Bộ Y tế tặng Bằng khen", BonusCap)],
            [new CovenantAdjustmentRule(Penalty, "Chậm nộp báo cáo", PenaltyCap)],
            tieBreakers);

    /// <summary>
    /// Builds the cluster with <paramref name="members"/> units (BV-01, BV-02, …) and the covenant, and brings it to
    /// <paramref name="status"/>: <see cref="CovenantStatus.OpenForSigning"/> (nobody signed), <see cref="CovenantStatus.InForce"/>
    /// (everyone signed), <see cref="CovenantStatus.Scoring"/> or <see cref="CovenantStatus.Finalized"/> (finalized on a
    /// ranking without any assessment). <paramref name="leavers"/> more members are removed from the term before signing.
    /// <paramref name="units"/>, when given, are the signing members instead of fresh units; <paramref name="terms"/>, when
    /// given, replace <see cref="Terms"/> (and <paramref name="tieBreakers"/>).
    /// </summary>
    public static ScoringFixture Create(
        int members = 3,
        IReadOnlyList<TieBreaker>? tieBreakers = null,
        CovenantStatus status = CovenantStatus.Scoring,
        int leavers = 0,
        IReadOnlyList<OrganisationUnit>? units = null,
        CovenantTerms? terms = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        if (status < CovenantStatus.OpenForSigning)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "From OpenForSigning on.");
        }

        var signing = units ?? Enumerable.Range(1, members).Select(i => TestUnits.Active($"BV-{i:00}")).ToList();
        var leaving = Enumerable.Range(1, leavers).Select(i => TestUnits.Active($"BV-L{i}")).ToList();
        var cluster = TestClusters.Create();
        var term = cluster.Define([.. signing, .. leaving]);
        var covenant = Covenant.Draft(cluster, TestClusters.Year, terms ?? Terms(tieBreakers), TestUnits.Now);
        covenant.OpenForSigning(TestUnits.Now);
        var fixture = new ScoringFixture(cluster, term, covenant, signing, leaving);
        if (status == CovenantStatus.OpenForSigning)
        {
            return fixture;
        }

        foreach (var leaver in leaving)
        {
            cluster.RemoveMember(TestClusters.Year, leaver.Id, SignedAt);
        }

        foreach (var unit in signing)
        {
            covenant.Sign(term, unit.Id, Scorer, $"Giám đốc {unit.Code}", SignedAt);
        }

        if (status >= CovenantStatus.Scoring)
        {
            covenant.OpenForScoring(term, ScoringOpenedAt);
        }

        if (status >= CovenantStatus.Finalized)
        {
            covenant.Finalize(CovenantRanking.Compute(covenant, []), ScoredAt);
        }

        covenant.Status.ShouldBe(status);
        return fixture;
    }

    /// <summary>Scores with the given items; a null argument leaves the item out.</summary>
    public static AssessmentScores Scores(decimal? criterion = null, decimal? gate = null, decimal? bonus = null, decimal? penalty = null) =>
        new(Items((Criterion, criterion), (Gate, gate)), Items((Bonus, bonus)), Items((Penalty, penalty)));

    /// <summary>Full marks on both criteria (100), no bonus or penalty.</summary>
    public static AssessmentScores FullMarks => Scores(CriterionMax, GateMax);

    public static StaffComposition Staff(int total, int women) => new(total, women);

    public CovenantAssessment RecordSelf(
        OrganisationUnit unit,
        AssessmentScores scores,
        StaffComposition? staff = null,
        string? note = null,
        DateTimeOffset? now = null) =>
        CovenantAssessment.Record(Covenant, unit.Id, AssessorKind.Self, null, scores, note, staff, null, Scorer, now ?? ScoredAt);

    public CovenantAssessment RecordPeer(OrganisationUnit assessed, OrganisationUnit peer, AssessmentScores scores) =>
        CovenantAssessment.Record(Covenant, assessed.Id, AssessorKind.Peer, peer.Id, scores, null, null, null, Scorer, ScoredAt);

    public CovenantAssessment RecordVerified(
        OrganisationUnit assessed,
        AssessmentScores scores,
        string? note = null,
        CovenantAssessment? selfAssessment = null) =>
        CovenantAssessment.Record(Covenant, assessed.Id, AssessorKind.Verified, null, scores, note, null, selfAssessment, Scorer, ScoredAt);

    public IReadOnlyList<RankedUnit> Rank(params IEnumerable<CovenantAssessment> assessments) =>
        CovenantRanking.Compute(Covenant, assessments);

    private static Dictionary<string, decimal> Items(params (string Code, decimal? Value)[] items) =>
        items.Where(i => i.Value is not null).ToDictionary(i => i.Code, i => i.Value!.Value, StringComparer.Ordinal);
}

/// <summary>Lookups in a computed ranking.</summary>
internal static class ScoringRankingExtensions
{
    public static RankedUnit Of(this IReadOnlyList<RankedUnit> ranking, OrganisationUnit unit) =>
        ranking.Single(r => r.UnitId == unit.Id);
}
