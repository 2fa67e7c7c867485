using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants;

/// <summary>What decided a unit's place after the unit ranked just above it.</summary>
public enum RankingBasis
{
    /// <summary>First in the ranking.</summary>
    First = 1,

    /// <summary>The unit above passes every gate; this one fails one.</summary>
    Gates = 2,

    /// <summary>A lower total.</summary>
    Total = 3,

    /// <summary>Equal totals; more penalty points.</summary>
    FewerPenaltyPoints = 4,

    /// <summary>Equal totals; a lower declared share of women among staff.</summary>
    HigherWomenShare = 5,

    /// <summary>Tied on everything: same rank.</summary>
    Tie = 6,
}

/// <summary>What the ranking reads of one assessment of the covenant: who was assessed, by which kind of assessor, the scores and (of a self-assessment) the staff.</summary>
public sealed record RankingScores(UnitId AssessedUnitId, AssessorKind Kind, AssessmentScores Scores, StaffComposition? Staff)
{
    public static RankingScores Of(CovenantAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new RankingScores(assessment.AssessedUnitId, assessment.Kind, assessment.Scores, assessment.Staff);
    }
}

/// <summary>A unit's place in a covenant's ranking, with the scores it rests on.</summary>
public sealed record RankedUnit(
    UnitId UnitId,
    int Rank,
    IReadOnlyDictionary<string, decimal?> CriterionScores,
    decimal Bonus,
    decimal Penalty,
    decimal Total,
    bool PassesGates,
    IReadOnlyList<string> FailedGates,
    decimal? WomenShare,
    RankingBasis OrderedBy);

/// <summary>
/// Scores and ranks the signatory units of a covenant. Per item (criterion, bonus rule, penalty rule) the final score is
/// the verified one if present, else the mean of peer scores, else the self score. Total = criteria + bonus − penalty,
/// where the criteria count with their weights when every criterion declares one (the same rule that makes the criteria
/// add up to the scale maximum when the covenant is opened for signing).
/// Units failing a gate criterion (final score below its maximum) rank after all units passing every gate; then by
/// total; then by the covenant's tie-breakers; units still equal share a rank (competition ranking 1, 1, 3).
/// </summary>
public static class CovenantRanking
{
    public static IReadOnlyList<RankedUnit> Compute(Covenant covenant, IEnumerable<CovenantAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(covenant);
        ArgumentNullException.ThrowIfNull(assessments);
        return ComputeFromScores(covenant, assessments.Where(a => a.CovenantId == covenant.Id).Select(RankingScores.Of));
    }

    /// <summary>
    /// The same ranking from the scores alone (the covenant's assessments, without their change logs): a read of the
    /// ranking needs no more (issue 13 target 3).
    /// </summary>
    public static IReadOnlyList<RankedUnit> ComputeFromScores(Covenant covenant, IEnumerable<RankingScores> assessments)
    {
        ArgumentNullException.ThrowIfNull(covenant);
        ArgumentNullException.ThrowIfNull(assessments);
        var byUnit = assessments.ToLookup(a => a.AssessedUnitId);
        var scored = covenant.Signatures
            .Select(s => Score(covenant, s.UnitId, byUnit[s.UnitId].ToList()))
            .ToList();

        var tieBreakers = covenant.Terms.EffectiveTieBreakers;
        var ordered = scored
            .OrderByDescending(u => u.PassesGates)
            .ThenByDescending(u => u.Total)
            .ThenBy(u => u, new TieBreakerComparer(tieBreakers))
            .ThenBy(u => u.UnitId.Value)
            .ToList();

        var ranked = new List<RankedUnit>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var basis = i == 0 ? RankingBasis.First : Basis(ordered[i - 1], ordered[i], tieBreakers);
            var rank = basis == RankingBasis.Tie ? ranked[i - 1].Rank : i + 1;
            ranked.Add(ordered[i] with { Rank = rank, OrderedBy = basis });
        }

        return ranked;
    }

    /// <summary>The unit(s) ranked first, if they pass every gate; none when the first fails a gate.</summary>
    public static IReadOnlyList<UnitId> Leaders(IReadOnlyList<RankedUnit> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return ranking.Where(u => u.Rank == 1 && u.PassesGates).Select(u => u.UnitId).ToList();
    }

    private static RankedUnit Score(Covenant covenant, UnitId unitId, IReadOnlyList<RankingScores> assessments)
    {
        decimal? Final(Func<AssessmentScores, IReadOnlyDictionary<string, decimal>> items, string code)
        {
            var verified = assessments.Where(a => a.Kind == AssessorKind.Verified)
                .Select(a => items(a.Scores).TryGetValue(code, out var v) ? v : (decimal?)null).FirstOrDefault(v => v is not null);
            if (verified is not null)
            {
                return verified;
            }

            var peers = assessments.Where(a => a.Kind == AssessorKind.Peer)
                .Select(a => items(a.Scores).TryGetValue(code, out var v) ? v : (decimal?)null).OfType<decimal>().ToList();
            if (peers.Count > 0)
            {
                return Math.Round(peers.Average(), 4, MidpointRounding.AwayFromZero);
            }

            return assessments.Where(a => a.Kind == AssessorKind.Self)
                .Select(a => items(a.Scores).TryGetValue(code, out var v) ? v : (decimal?)null).FirstOrDefault(v => v is not null);
        }

        var terms = covenant.Terms;
        var criteria = terms.Criteria.ToDictionary(c => c.Code, c => Final(s => s.Criteria, c.Code), StringComparer.Ordinal);
        var bonus = terms.BonusRules.Sum(r => Final(s => s.Bonuses, r.Code) ?? 0);
        var penalty = terms.PenaltyRules.Sum(r => Final(s => s.Penalties, r.Code) ?? 0);
        var failedGates = terms.Criteria.Where(c => c.IsGate && (criteria[c.Code] ?? 0) < c.MaxPoints).Select(c => c.Code).ToList();
        var womenShare = assessments.FirstOrDefault(a => a.Kind == AssessorKind.Self)?.Staff?.WomenShare;
        var weighted = terms.Criteria.All(c => c.Weight is not null);
        var criteriaPoints = terms.Criteria.Sum(c => (criteria[c.Code] ?? 0) * (weighted ? c.Weight!.Value : 1));
        return new RankedUnit(
            unitId,
            Rank: 0,
            criteria,
            bonus,
            penalty,
            criteriaPoints + bonus - penalty,
            failedGates.Count == 0,
            failedGates,
            womenShare,
            RankingBasis.First);
    }

    private static RankingBasis Basis(RankedUnit above, RankedUnit unit, IReadOnlyList<TieBreaker> tieBreakers)
    {
        if (above.PassesGates != unit.PassesGates)
        {
            return RankingBasis.Gates;
        }

        if (above.Total != unit.Total)
        {
            return RankingBasis.Total;
        }

        foreach (var tieBreaker in tieBreakers)
        {
            if (TieBreakerComparer.Compare(tieBreaker, above, unit) != 0)
            {
                return tieBreaker == TieBreaker.FewerPenaltyPoints ? RankingBasis.FewerPenaltyPoints : RankingBasis.HigherWomenShare;
            }
        }

        return RankingBasis.Tie;
    }

    private sealed class TieBreakerComparer(IReadOnlyList<TieBreaker> tieBreakers) : IComparer<RankedUnit>
    {
        public int Compare(RankedUnit? x, RankedUnit? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            foreach (var tieBreaker in tieBreakers)
            {
                var result = Compare(tieBreaker, x, y);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }

        /// <summary>
        /// Negative when <paramref name="x"/> ranks before <paramref name="y"/>. A unit that declared its staff comes before
        /// one that did not (an unknown share cannot be preferred); two units without data are not separated.
        /// </summary>
        public static int Compare(TieBreaker tieBreaker, RankedUnit x, RankedUnit y) => tieBreaker switch
        {
            TieBreaker.FewerPenaltyPoints => x.Penalty.CompareTo(y.Penalty),
            TieBreaker.HigherWomenShare => (x.WomenShare, y.WomenShare) switch
            {
                ({ } a, { } b) => b.CompareTo(a),
                (null, null) => 0,
                (null, _) => 1,
                _ => -1,
            },
            _ => 0,
        };
    }
}
