using ThiDua.Domain.Common;

namespace ThiDua.Domain.RuleSets;

/// <summary>Identity of one dated version of a province's rule parameters.</summary>
public readonly record struct ProvinceParametersId(Guid Value) : IEntityId
{
    public static ProvinceParametersId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}

/// <summary>A share of a collective's members holding Lao động tiên tiến or higher, "at least" or "more than", with its article.</summary>
public sealed record MemberShareParameter(decimal Share, bool Inclusive, string Article);

/// <summary>The share of council members who must be present at a session deciding awards (e.g. BN86 Art. 8.4.b: ≥ 80 %).</summary>
public sealed record AttendanceParameter(decimal Share, string Article);

/// <summary>Whether units and people must have registered for emulation to be considered for emulation titles (R12).</summary>
public sealed record RegistrationParameter(bool Required, string Article);

/// <summary>
/// The parameters a version sets. Each is optional: one the version leaves out takes the national value (the rule set's,
/// with the national citation) while the version is in force.
/// </summary>
/// <param name="AdvancedCollectiveShare">Tập thể lao động tiên tiến: share of members with Lao động tiên tiến (Law: more than 50 %).</param>
/// <param name="ExcellentCollectiveShare">Tập thể lao động xuất sắc: share of members with Lao động tiên tiến (Law: at least 70 %).</param>
/// <param name="AwardSessionAttendance">Members present at council sessions deciding awards (no national value).</param>
/// <param name="EmulationRegistration">R12 on or off (no verified national article: off nationally).</param>
/// <param name="ProvincialFlagArticle">The article of the regulation detailing Cờ thi đua của UBND tỉnh (e.g. BN86 Art. 3.1).</param>
public sealed record ProvinceParameterValues(
    MemberShareParameter? AdvancedCollectiveShare,
    MemberShareParameter? ExcellentCollectiveShare,
    AttendanceParameter? AwardSessionAttendance,
    RegistrationParameter? EmulationRegistration,
    string? ProvincialFlagArticle)
{
    public bool IsEmpty => AdvancedCollectiveShare is null && ExcellentCollectiveShare is null && AwardSessionAttendance is null
        && EmulationRegistration is null && ProvincialFlagArticle is null;
}

/// <summary>
/// One dated version of a province's own rule parameters (tham số của tỉnh), set by a provincial regulation: the member
/// shares of collective titles, the attendance of council sessions deciding awards, whether registration for emulation is
/// a precondition (R12), and the article that details the provincial flag — e.g. Bắc Ninh's QĐ 86/2025/QĐ-UBND requires
/// at least 70 % of members with Lao động tiên tiến for Tập thể lao động tiên tiến (Art. 4.2, where Law 06/2022/QH15
/// Art. 28 says more than half) and ≥ 80 % of members present at award sessions (Art. 8.4.b). A version is in force from
/// its date until a later version of the same province starts; it supersedes the earlier one as a whole, as a new
/// provincial regulation replaces the old one. Each value cites the regulation and its article.
/// </summary>
public sealed class ProvinceParameters : AggregateRoot<ProvinceParametersId>
{
    public const int ArticleMaxLength = 200;
    public const int ProvinceMaxLength = 100;

    private ProvinceParameters()
    {
    }

    /// <summary>The province, as units record it (e.g. "Bắc Ninh").</summary>
    public string Province { get; private set; } = null!;

    /// <summary>Upper-cased province, for matching.</summary>
    public string ProvinceKey { get; private set; } = null!;

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The provincial regulation (number, date, issuer).</summary>
    public DocumentReference LegalBasis { get; private set; } = null!;

    public decimal? AdvancedCollectiveMemberShare { get; private set; }

    public bool AdvancedCollectiveShareInclusive { get; private set; }

    public string? AdvancedCollectiveArticle { get; private set; }

    public decimal? ExcellentCollectiveMemberShare { get; private set; }

    public bool ExcellentCollectiveShareInclusive { get; private set; }

    public string? ExcellentCollectiveArticle { get; private set; }

    public decimal? AwardSessionAttendance { get; private set; }

    public string? AwardSessionAttendanceArticle { get; private set; }

    public bool? RegistrationRequired { get; private set; }

    public string? RegistrationArticle { get; private set; }

    public string? ProvincialFlagArticle { get; private set; }

    /// <summary>The values this version sets.</summary>
    public ProvinceParameterValues Values => new(
        AdvancedCollectiveMemberShare is { } a ? new MemberShareParameter(a, AdvancedCollectiveShareInclusive, AdvancedCollectiveArticle!) : null,
        ExcellentCollectiveMemberShare is { } e ? new MemberShareParameter(e, ExcellentCollectiveShareInclusive, ExcellentCollectiveArticle!) : null,
        AwardSessionAttendance is { } s ? new AttendanceParameter(s, AwardSessionAttendanceArticle!) : null,
        RegistrationRequired is { } r ? new RegistrationParameter(r, RegistrationArticle!) : null,
        ProvincialFlagArticle);

    /// <summary>Records a version of the province's parameters from <paramref name="effectiveFrom"/>.</summary>
    public static ProvinceParameters Create(string province, DateOnly effectiveFrom, DocumentReference legalBasis, ProvinceParameterValues values, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(province);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(values);
        if (values.IsEmpty)
        {
            throw new DomainRuleViolationException(RuleSetErrors.NoParameter);
        }

        foreach (var share in new[] { values.AdvancedCollectiveShare?.Share, values.ExcellentCollectiveShare?.Share, values.AwardSessionAttendance?.Share })
        {
            if (share is <= 0m or > 1m)
            {
                throw new DomainRuleViolationException(RuleSetErrors.ShareOutOfRange);
            }
        }

        if (legalBasis.Date > effectiveFrom)
        {
            throw new DomainRuleViolationException(RuleSetErrors.OverrideBeforeItsRegulation);
        }

        var cleanProvince = Text.Clean(province);
        var version = new ProvinceParameters
        {
            Id = ProvinceParametersId.New(),
            Province = cleanProvince,
            ProvinceKey = KeyOf(cleanProvince),
            EffectiveFrom = effectiveFrom,
            LegalBasis = legalBasis,
            AdvancedCollectiveMemberShare = values.AdvancedCollectiveShare?.Share,
            AdvancedCollectiveShareInclusive = values.AdvancedCollectiveShare?.Inclusive ?? false,
            AdvancedCollectiveArticle = Article(values.AdvancedCollectiveShare?.Article, values.AdvancedCollectiveShare is not null),
            ExcellentCollectiveMemberShare = values.ExcellentCollectiveShare?.Share,
            ExcellentCollectiveShareInclusive = values.ExcellentCollectiveShare?.Inclusive ?? false,
            ExcellentCollectiveArticle = Article(values.ExcellentCollectiveShare?.Article, values.ExcellentCollectiveShare is not null),
            AwardSessionAttendance = values.AwardSessionAttendance?.Share,
            AwardSessionAttendanceArticle = Article(values.AwardSessionAttendance?.Article, values.AwardSessionAttendance is not null),
            RegistrationRequired = values.EmulationRegistration?.Required,
            RegistrationArticle = Article(values.EmulationRegistration?.Article, values.EmulationRegistration is not null),
            ProvincialFlagArticle = Text.CleanOptional(values.ProvincialFlagArticle),
        };
        version.Touch(now);
        return version;
    }

    public static string KeyOf(string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return Text.Clean(province).ToUpperInvariant();
    }

    /// <summary>The version in force on <paramref name="date"/>: the latest that has started, or null.</summary>
    public static ProvinceParameters? InForceOn(IEnumerable<ProvinceParameters> versions, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Where(o => o.EffectiveFrom <= date).MaxBy(o => o.EffectiveFrom);
    }

    /// <summary>
    /// The rule set with the province's parameters in force on <paramref name="date"/> applied, each citing the provincial
    /// regulation; unchanged (national values, national citations) when the province has no version in force.
    /// </summary>
    public static RuleSet Apply(RuleSet ruleSet, IEnumerable<ProvinceParameters> versions, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return InForceOn(versions, date)?.ApplyTo(ruleSet) ?? ruleSet;
    }

    /// <summary>"86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2": the regulation, its province and the article.</summary>
    public string Cite(string article) => $"{LegalBasis.Number} ({Province}), {article}";

    /// <summary>The rule set with this version's values in place of the national ones.</summary>
    public RuleSet ApplyTo(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var e = ruleSet.Eligibility;
        if (AdvancedCollectiveMemberShare is { } advanced)
        {
            e = e with { AdvancedCollectiveMemberShare = advanced, AdvancedCollectiveShareInclusive = AdvancedCollectiveShareInclusive, AdvancedCollectiveBasis = Cite(AdvancedCollectiveArticle!) };
        }

        if (ExcellentCollectiveMemberShare is { } excellent)
        {
            e = e with { ExcellentCollectiveMemberShare = excellent, ExcellentCollectiveShareInclusive = ExcellentCollectiveShareInclusive, ExcellentCollectiveShareBasis = Cite(ExcellentCollectiveArticle!) };
        }

        if (ProvincialFlagArticle is { } flag)
        {
            e = e with { ProvincialFlagBasis = $"{EligibilityParameters.NationalProvincialFlagBasis}; {Cite(flag)}" };
        }

        return ruleSet with
        {
            Eligibility = e,
            Province = Province,
            AwardSessionAttendance = AwardSessionAttendance is { } attendance ? new SessionAttendance(attendance, Cite(AwardSessionAttendanceArticle!)) : null,
            EmulationRegistration = RegistrationRequired is { } required ? new RegistrationRequirement(required, Cite(RegistrationArticle!)) : ruleSet.EmulationRegistration,
        };
    }

    private static string? Article(string? article, bool set)
    {
        if (!set)
        {
            return null;
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        return Text.Clean(article);
    }
}
