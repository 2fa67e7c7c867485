using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.AwardTypes;

/// <summary>Identity of a province's own award type.</summary>
public readonly record struct ProvincialAwardTypeId(Guid Value) : IEntityId
{
    public static ProvincialAwardTypeId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A province's own emulation title or commendation form beyond the national list (e.g. Hà Nội's "Công dân Thủ đô ưu
/// tú", QĐ 71/2025/QĐ-UBND, or "Cờ thi đua xuất sắc của UBND Thành phố"): its stable code, who confers it on whom, the
/// regulation that creates it, its bonus coefficient and council vote threshold each with their basis, and the province
/// and dates it applies to. Nominations, registrations' target titles and award history accept it for units of that
/// province only, while it is in force.
/// </summary>
public sealed class ProvincialAwardType : AggregateRoot<ProvincialAwardTypeId>
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 500;

    private ProvincialAwardType()
    {
    }

    /// <summary>Upper-case code, unique across provinces and distinct from every national code (e.g. <c>HN_CO_THI_DUA_XUAT_SAC</c>).</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public RecipientKind RecipientKind { get; private set; }

    public AwardCategory Category { get; private set; }

    public AwardLevel Level { get; private set; }

    public string ConferringAuthority { get; private set; } = null!;

    public string Province { get; private set; } = null!;

    public string ProvinceKey { get; private set; } = null!;

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The last day it applies, or null while no later regulation ends it.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>The provincial regulation that creates the award type.</summary>
    public DocumentReference LegalBasis { get; private set; } = null!;

    /// <summary>The article of the regulation (e.g. "Điều 3").</summary>
    public string Article { get; private set; } = null!;

    public decimal BonusCoefficient { get; private set; }

    public string BonusBasis { get; private set; } = null!;

    public decimal VoteShare { get; private set; }

    /// <summary>True when the share is of all council members (absent members vote in writing), false when of those present.</summary>
    public bool VoteOfAllMembers { get; private set; }

    public string VoteBasis { get; private set; } = null!;

    /// <summary>"71/2025/QĐ-UBND (Hà Nội), Điều 3".</summary>
    public string Citation => $"{LegalBasis.Number} ({Province}), {Article}";

    public static ProvincialAwardType Create(ProvincialAwardTypeDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var d = definition;
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Code);
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Province);
        ArgumentNullException.ThrowIfNull(d.LegalBasis);
        var code = d.Code.Trim().ToUpperInvariant();
        if (AwardCatalogue.Find(code) is not null)
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.NationalCode.WithMessage(
                $"'{code}' is a national award type ({AwardCatalogue.Find(code)!.Name}); a province's own type takes its own code."));
        }

        if (d.EffectiveTo is { } to && to < d.EffectiveFrom)
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.EndsBeforeStart);
        }

        if (d.LegalBasis.Date > d.EffectiveFrom)
        {
            throw new DomainRuleViolationException(RuleSetErrors.OverrideBeforeItsRegulation);
        }

        if (d.VoteShare is <= 0m or > 1m)
        {
            throw new DomainRuleViolationException(RuleSetErrors.ShareOutOfRange);
        }

        if (d.BonusCoefficient < 0m)
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.NegativeBonus);
        }

        var province = Text.Clean(d.Province);
        var type = new ProvincialAwardType
        {
            Id = ProvincialAwardTypeId.New(),
            Code = code,
            Name = Text.Clean(d.Name),
            RecipientKind = d.RecipientKind,
            Category = d.Category,
            Level = d.Level,
            ConferringAuthority = Text.Clean(d.ConferringAuthority),
            Province = province,
            ProvinceKey = ProvinceParameters.KeyOf(province),
            EffectiveFrom = d.EffectiveFrom,
            EffectiveTo = d.EffectiveTo,
            LegalBasis = d.LegalBasis,
            Article = Text.Clean(d.Article),
            BonusCoefficient = d.BonusCoefficient,
            BonusBasis = Text.Clean(d.BonusBasis),
            VoteShare = d.VoteShare,
            VoteOfAllMembers = d.VoteOfAllMembers,
            VoteBasis = Text.Clean(d.VoteBasis),
        };
        type.Touch(now);
        return type;
    }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public bool BelongsTo(string province) => ProvinceParameters.KeyOf(province) == ProvinceKey;

    /// <summary>
    /// Refuses the type for a unit of another province (<c>award_type.other_province</c>) or on a date it does not apply
    /// (<c>award_type.not_in_force</c>).
    /// </summary>
    public void EnsureAppliesTo(string unitProvince, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(unitProvince);
        if (!BelongsTo(unitProvince))
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.OtherProvince.WithMessage(
                $"{Name} ({Code}) is {Province}'s own award type ({Citation}); the unit is in {(string.IsNullOrWhiteSpace(unitProvince) ? "no recorded province" : unitProvince)}."));
        }

        if (!IsInForceOn(date))
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.NotInForce.WithMessage(
                $"{Name} ({Code}) applies from {EffectiveFrom:yyyy-MM-dd}{(EffectiveTo is { } to ? $" to {to:yyyy-MM-dd}" : string.Empty)}, not on {date:yyyy-MM-dd}."));
        }
    }

    /// <summary>The type as the catalogue shape the rules read; its legal basis is the provincial regulation.</summary>
    public AwardType ToAwardType() => new(Code, Name, RecipientKind, Category, Level, ConferringAuthority, Citation) { Province = Province };

    /// <summary>Its bonus and vote, as a rule set's award rule.</summary>
    public AwardRule ToAwardRule() => new(Code, BonusCoefficient, BonusBasis, new VoteThreshold(VoteShare, VoteOfAllMembers, VoteBasis));
}

/// <summary>What a province's own award type is created with.</summary>
public sealed record ProvincialAwardTypeDefinition(
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    string Province,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DocumentReference LegalBasis,
    string Article,
    decimal BonusCoefficient,
    string BonusBasis,
    decimal VoteShare,
    bool VoteOfAllMembers,
    string VoteBasis);
