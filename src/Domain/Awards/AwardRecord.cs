using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Awards;

/// <summary>
/// One award in a person's or unit's history: the award type, the year of achievement, the commendation type, the
/// decision, and the names as they were at the decision date (domain.md §8.3). Past awards are imported with their
/// decision number and date; awards decided in this system come from nominations. A revoked award stays in the history,
/// marked revoked, and no longer counts for eligibility.
/// </summary>
public sealed class AwardRecord : AggregateRoot<AwardRecordId>
{
    public const int ReasonMaxLength = 2000;

    private AwardRecord()
    {
    }

    public string AwardTypeCode { get; private set; } = null!;

    public RecipientKind RecipientKind { get; private set; }

    public PersonId? PersonId { get; private set; }

    /// <summary>For a collective award the unit itself; for a person, the unit they worked for when the decision was made.</summary>
    public UnitId UnitId { get; private set; }

    /// <summary>The person's or the unit's id: one award of a type per recipient and year (rule R8).</summary>
    public Guid RecipientKey { get; private set; }

    public int Year { get; private set; }

    public CommendationType CommendationType { get; private set; }

    public DocumentReference Decision { get; private set; } = null!;

    public string RecipientNameAtDecision { get; private set; } = null!;

    public string UnitNameAtDecision { get; private set; } = null!;

    public AwardSource Source { get; private set; }

    public long? BonusVnd { get; private set; }

    /// <summary>Initiatives or scientific works this award was based on; each supports one award only (rule R9).</summary>
    public IReadOnlyList<Guid> BasisInitiativeIds { get; private set; } = [];

    public RevocationGround? RevocationGround { get; private set; }

    public DocumentReference? RevocationDecision { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevocationGround is not null;

    /// <summary>
    /// Đối tượng khen thưởng as the statistical forms count it, when declared (e.g. an enterprise, a household, a direct
    /// worker); null: derived when reporting — a collective, or the person's position group on the decision date (ADR 0034).
    /// </summary>
    public RecipientCategory? StatisticsRecipientCategory { get; private set; }

    /// <summary>Loại hình as the forms count it, when declared (niên hạn, kháng chiến); null: from <see cref="CommendationType"/>.</summary>
    public AwardMethod? StatisticsAwardMethod { get; private set; }

    /// <summary>
    /// Declares the award's classifications for the statistical forms (null leaves a classification to be derived). A
    /// collective category goes with a collective award, a position group with a person's; a declared method is the one
    /// the commendation type stands for, or — for a merit or long-service award — seniority or resistance.
    /// </summary>
    public void ClassifyForStatistics(RecipientCategory? category, AwardMethod? method, DateTimeOffset now)
    {
        if (category is { } c && StatisticsClassifier.IsCollective(c) != (RecipientKind == RecipientKind.Collective))
        {
            throw new DomainRuleViolationException(StatisticsErrors.CategoryMismatch.WithMessage(
                $"Đối tượng thống kê '{ApiName.Of(c)}' không phù hợp với khen thưởng {(RecipientKind == RecipientKind.Collective ? "tập thể" : "cá nhân")}.",
                $"The statistics category '{ApiName.Of(c)}' does not fit a{(RecipientKind == RecipientKind.Collective ? " collective" : "n individual")} award."));
        }

        if (method is { } m && m != StatisticsClassifier.MethodOf(CommendationType)
            && !(m is AwardMethod.Seniority or AwardMethod.Resistance && CommendationType is CommendationType.Merit or CommendationType.LongService))
        {
            throw new DomainRuleViolationException(StatisticsErrors.MethodMismatch.WithMessage(
                $"Loại hình thống kê '{ApiName.Of(m)}' không phù hợp với loại hình khen thưởng '{ApiName.Of(CommendationType)}'.",
                $"The statistics method '{ApiName.Of(m)}' does not fit the commendation type '{ApiName.Of(CommendationType)}'."));
        }

        StatisticsRecipientCategory = category;
        StatisticsAwardMethod = method;
        Touch(now);
    }

    /// <summary>Enters a past award of a person, from its decision.</summary>
    public static AwardRecord ImportForPerson(
        string awardTypeCode,
        Person person,
        OrganisationUnit unitAtDecision,
        int year,
        CommendationType type,
        DocumentReference decision,
        IReadOnlyList<Guid> basisInitiativeIds,
        DateTimeOffset now,
        AwardType? provincialType = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(unitAtDecision);
        ArgumentNullException.ThrowIfNull(basisInitiativeIds);
        var unknown = basisInitiativeIds.Where(id => person.Initiatives.All(i => i.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleViolationException(AwardErrors.UnknownInitiative.WithMessage($"{person.FullName} không có sáng kiến {unknown[0]}.", $"{person.FullName} has no initiative {unknown[0]}."));
        }

        var record = Create(awardTypeCode, RecipientKind.Individual, year, type, decision, AwardSource.Imported, null, now, provincialType);
        record.BasisInitiativeIds = basisInitiativeIds.Distinct().ToList();
        record.PersonId = person.Id;
        record.RecipientKey = person.Id.Value;
        record.UnitId = unitAtDecision.Id;
        record.RecipientNameAtDecision = person.FullName;
        record.UnitNameAtDecision = unitAtDecision.Name;
        return record;
    }

    /// <summary>Enters a past award of a unit (collective), from its decision.</summary>
    public static AwardRecord ImportForUnit(
        string awardTypeCode, OrganisationUnit unit, int year, CommendationType type, DocumentReference decision, DateTimeOffset now, AwardType? provincialType = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var record = Create(awardTypeCode, RecipientKind.Collective, year, type, decision, AwardSource.Imported, null, now, provincialType);
        record.RecipientKey = unit.Id.Value;
        record.UnitId = unit.Id;
        record.RecipientNameAtDecision = unit.Name;
        record.UnitNameAtDecision = unit.Name;
        return record;
    }

    /// <summary>
    /// Records an award conferred by a decision made in this system, with the names as they are on the decision date and
    /// the bonus paid (coefficient × base salary in force, rounded up to 10,000 VND).
    /// </summary>
    public static AwardRecord FromDecision(
        string awardTypeCode,
        PersonId? personId,
        UnitId unitId,
        string recipientName,
        string unitName,
        int year,
        CommendationType type,
        DocumentReference decision,
        long bonusVnd,
        IReadOnlyList<Guid> basisInitiativeIds,
        DateTimeOffset now,
        AwardType? provincialType = null,
        AwardRecordId? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitName);
        ArgumentNullException.ThrowIfNull(basisInitiativeIds);
        var kind = personId is null ? RecipientKind.Collective : RecipientKind.Individual;
        var record = Create(awardTypeCode, kind, year, type, decision, AwardSource.Decision, bonusVnd, now, provincialType);
        record.PersonId = personId;
        record.RecipientKey = personId?.Value ?? unitId.Value;
        record.UnitId = unitId;
        record.RecipientNameAtDecision = recipientName;
        record.UnitNameAtDecision = unitName;
        record.BasisInitiativeIds = basisInitiativeIds.ToList();
        record.Id = id ?? record.Id;
        return record;
    }

    /// <summary>Annuls the award on one of the legal grounds, by a revocation decision (domain.md §6.7).</summary>
    public void Revoke(RevocationGround ground, DocumentReference revocationDecision, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(revocationDecision);
        if (IsRevoked)
        {
            throw new DomainRuleViolationException(AwardErrors.AlreadyRevoked);
        }

        if (revocationDecision.Date < Decision.Date)
        {
            throw new DomainRuleViolationException(AwardErrors.RevocationBeforeDecision);
        }

        if (revocationDecision.Date > LegalCalendar.DateInVietnam(now))
        {
            throw new DomainRuleViolationException(AwardErrors.RevocationInFuture);
        }

        RevocationGround = ground;
        RevocationDecision = revocationDecision with { };
        RevocationReason = Text.CleanOptional(reason);
        Touch(now);
        Raise(new AwardRevokedDomainEvent(Id, PersonId, now));
    }

    private static AwardRecord Create(
        string awardTypeCode, RecipientKind kind, int year, CommendationType type, DocumentReference decision, AwardSource source, long? bonus, DateTimeOffset now, AwardType? provincialType)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var awardType = AwardCatalogue.Find(awardTypeCode)
            ?? (provincialType?.Code == awardTypeCode ? provincialType : null)
            ?? throw new DomainRuleViolationException(AwardErrors.UnknownAwardType.WithMessage($"Mã loại hình khen thưởng '{awardTypeCode}' không có trong danh mục.", $"Award type '{awardTypeCode}' is not in the catalogue."));
        if (awardType.RecipientKind != kind)
        {
            throw new DomainRuleViolationException(AwardErrors.RecipientKindMismatch.WithMessage(
                $"{awardType.Name} được xét tặng cho {(awardType.RecipientKind == RecipientKind.Individual ? "cá nhân" : "tập thể")}.",
                $"{awardType.Name} is conferred on {(awardType.RecipientKind == RecipientKind.Individual ? "a person" : "a collective")}."));
        }

        if (decision.Date.Year < year)
        {
            throw new DomainRuleViolationException(AwardErrors.DecisionBeforeYear);
        }

        if (decision.Date > LegalCalendar.DateInVietnam(now))
        {
            throw new DomainRuleViolationException(AwardErrors.DecisionInFuture.WithMessage(
                $"Quyết định có ngày {decision.Date:dd'/'MM'/'yyyy}, sau ngày hôm nay ({LegalCalendar.DateInVietnam(now):dd'/'MM'/'yyyy}); chỉ ghi nhận sau khi quyết định được ban hành.",
                $"The decision is dated {decision.Date:yyyy-MM-dd}, after today ({LegalCalendar.DateInVietnam(now):yyyy-MM-dd}); record it once issued."));
        }

        var record = new AwardRecord
        {
            Id = AwardRecordId.New(),
            AwardTypeCode = awardType.Code,
            RecipientKind = kind,
            Year = year,
            CommendationType = type,

            // A copy: EF Core maps a document as an owned value, and one instance must not be shared by the decision and
            // its awards (a decision lists dozens of recipients).
            Decision = decision with { },
            Source = source,
            BonusVnd = bonus,
        };
        record.Touch(now);
        return record;
    }
}
