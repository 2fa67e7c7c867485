using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants.Events;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants;

/// <summary>
/// An emulation covenant (giao ước thi đua): what the member units of a cluster or block sign for a year — numbered
/// contents, criteria with a scoring scale, bonus and penalty rules (domain.md §4 C5, §5). No law fixes the scale, so it
/// is configured per covenant. One covenant per cluster and year.
/// </summary>
public sealed class Covenant : AggregateRoot<CovenantId>
{
    private readonly List<CovenantSignature> _signatures = [];

    private Covenant()
    {
    }

    public ClusterId ClusterId { get; private set; }

    public int Year { get; private set; }

    public CovenantTerms Terms { get; private set; } = null!;

    public CovenantStatus Status { get; private set; }

    public IReadOnlyCollection<CovenantSignature> Signatures => _signatures.AsReadOnly();

    /// <summary>Set at finalization: the unit(s) ranked first among those passing every gate.</summary>
    public IReadOnlyList<UnitId> LeadingUnitIds { get; private set; } = [];

    public bool HasSigned(UnitId unitId) => _signatures.Any(s => s.UnitId == unitId);

    public static Covenant Draft(EmulationCluster cluster, int year, CovenantTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(terms);
        if (cluster.FindTerm(year) is null)
        {
            throw new DomainRuleViolationException(CovenantErrors.NoTermForYear);
        }

        var covenant = new Covenant
        {
            Id = CovenantId.New(),
            ClusterId = cluster.Id,
            Year = year,
            Status = CovenantStatus.Draft,
        };
        covenant.SetTerms(terms);
        covenant.Touch(now);
        return covenant;
    }

    /// <summary>
    /// Replaces the drafted contents, phases included; only while the covenant is a draft. Once opened for signing the
    /// phases are part of what members sign and are frozen with the rest (<see cref="CovenantErrors.NotDraft"/>).
    /// </summary>
    public void Revise(CovenantTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        EnsureStatus(CovenantStatus.Draft, CovenantErrors.NotDraft);
        SetTerms(terms);
        Touch(now);
    }

    /// <summary>
    /// Freezes contents and criteria and opens signing. The criteria must be complete: each refers to an existing
    /// content, and their points add up to the scale maximum (weighted, when every criterion declares a weight).
    /// </summary>
    public void OpenForSigning(DateTimeOffset now)
    {
        EnsureStatus(CovenantStatus.Draft, CovenantErrors.NotDraft);
        EnsureComplete(Terms);
        Status = CovenantStatus.OpenForSigning;
        Touch(now);
    }

    /// <summary>
    /// A current member unit of the year's term signs, once, before the deadline. When every current member has signed,
    /// the covenant is in force.
    /// </summary>
    public CovenantSignature Sign(ClusterTerm term, UnitId unitId, string signedBy, string? signatoryName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(signedBy);
        EnsureStatus(CovenantStatus.OpenForSigning, CovenantErrors.NotOpenForSigning);
        if (LegalCalendar.DateInVietnam(now) > Terms.SigningDeadline)
        {
            throw new DomainRuleViolationException(CovenantErrors.SigningDeadlinePassed);
        }

        if (term.ClusterId != ClusterId || term.Year != Year || !term.IsCurrentMember(unitId))
        {
            throw new DomainRuleViolationException(CovenantErrors.SignatoryNotMember);
        }

        if (_signatures.Any(s => s.UnitId == unitId))
        {
            throw new DomainRuleViolationException(CovenantErrors.AlreadySigned);
        }

        var signature = CovenantSignature.Create(unitId, signedBy, Text.CleanOptional(signatoryName), now);
        _signatures.Add(signature);
        if (AllCurrentMembersSigned(term))
        {
            Status = CovenantStatus.InForce;
        }

        Touch(now);
        Raise(new CovenantSignedDomainEvent(Id, unitId, Status == CovenantStatus.InForce, now));
        return signature;
    }

    /// <summary>
    /// Opens year-end scoring of a covenant in force. A covenant still open for signing whose unsigned members have all
    /// left the term (merged, dissolved or removed) is in force as well: every current member has signed.
    /// </summary>
    public void OpenForScoring(ClusterTerm term, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (Status == CovenantStatus.OpenForSigning && term.ClusterId == ClusterId && term.Year == Year && AllCurrentMembersSigned(term))
        {
            Status = CovenantStatus.InForce;
        }

        EnsureStatus(CovenantStatus.InForce, CovenantErrors.NotInForce);
        Status = CovenantStatus.Scoring;
        Touch(now);
    }

    private bool AllCurrentMembersSigned(ClusterTerm term)
    {
        var signed = _signatures.Select(s => s.UnitId).ToHashSet();
        return term.Members.Where(m => m.IsCurrent).All(m => signed.Contains(m.UnitId));
    }

    /// <summary>
    /// Closes scoring: scores become read-only and the leading unit(s) of the ranking are recorded, for the proposal of
    /// the provincial emulation flag (domain.md §4 C5, C7).
    /// </summary>
    public void Finalize(IReadOnlyList<RankedUnit> ranking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        EnsureStatus(CovenantStatus.Scoring, CovenantErrors.NotScoring);
        LeadingUnitIds = CovenantRanking.Leaders(ranking);
        Status = CovenantStatus.Finalized;
        Touch(now);
        Raise(new CovenantFinalizedDomainEvent(Id, ClusterId, Year, LeadingUnitIds, now));
    }

    private static void EnsureComplete(CovenantTerms terms)
    {
        if (terms.Contents.Count == 0 || terms.Criteria.Count == 0)
        {
            throw new DomainRuleViolationException(CovenantErrors.NoCriteria);
        }

        var contentNumbers = terms.Contents.Select(c => c.Number).ToHashSet();
        if (terms.Criteria.FirstOrDefault(c => !contentNumbers.Contains(c.ContentNumber)) is { } orphan)
        {
            throw new DomainRuleViolationException(CovenantErrors.CriterionContentUnknown.WithMessage(
                $"Criterion {orphan.Code} refers to content {orphan.ContentNumber}, which the covenant does not have."));
        }

        var weighted = terms.Criteria.All(c => c.Weight is not null);
        var total = terms.Criteria.Sum(c => weighted ? c.MaxPoints * c.Weight!.Value : c.MaxPoints);
        if (total != terms.ScaleMax)
        {
            var detail = string.Join(", ", terms.Criteria.Select(c => weighted ? $"{c.Code} {c.MaxPoints}×{c.Weight}" : $"{c.Code} {c.MaxPoints}"));
            throw new DomainRuleViolationException(CovenantErrors.CriteriaTotalMismatch.WithMessage(
                $"The criteria{(weighted ? " (weighted)" : string.Empty)} add up to {total}, not the scale maximum {terms.ScaleMax}: {detail}."));
        }
    }

    private void SetTerms(CovenantTerms terms)
    {
        if (terms.SigningDeadline.Year != Year)
        {
            throw new DomainRuleViolationException(CovenantErrors.DeadlineOutsideYear);
        }

        Terms = terms with { Title = Text.Clean(terms.Title), Phases = terms.Phases is null ? null : CovenantPhase.Validated(Year, terms.Phases) };
    }

    private void EnsureStatus(CovenantStatus expected, DomainError error)
    {
        if (Status != expected)
        {
            throw new DomainRuleViolationException(error.WithMessage($"{error.Message} (status: {Status})."));
        }
    }
}
