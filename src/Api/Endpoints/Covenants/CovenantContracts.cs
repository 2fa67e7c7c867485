using ThiDua.Application.Covenants;

namespace ThiDua.Api.Endpoints.Covenants;

/// <summary>The content of a covenant: numbered contents, criteria with their scale, bonus and penalty rules.</summary>
public record CovenantContentRequest
{
    /// <example>Giao ước thi đua năm 2023 của Cụm thi đua số I</example>
    public string? Title { get; init; }

    /// <summary>Scale maximum (thang điểm), e.g. 100 or 1000. Criteria points must add up to it when the covenant is opened for signing.</summary>
    /// <example>100</example>
    public decimal? ScaleMax { get; init; }

    /// <summary>Last day on which members may sign (within the covenant's year).</summary>
    /// <example>2023-03-31</example>
    public DateOnly? SigningDeadline { get; init; }

    /// <summary>Numbered contents (nội dung thi đua).</summary>
    public IReadOnlyList<CovenantContentInput>? Contents { get; init; }

    /// <summary>Criteria (tiêu chí): code, content number, description, max points, optional weight, gate flag.</summary>
    public IReadOnlyList<CovenantCriterionInput>? Criteria { get; init; }

    /// <summary>Bonus rules (điểm thưởng), each with a cap.</summary>
    public IReadOnlyList<CovenantRuleInput>? BonusRules { get; init; }

    /// <summary>Penalty rules (điểm trừ), each with a cap.</summary>
    public IReadOnlyList<CovenantRuleInput>? PenaltyRules { get; init; }

    public CovenantTermsInput ToInput() =>
        new(Title ?? string.Empty, ScaleMax ?? 0, SigningDeadline ?? default, Contents, Criteria, BonusRules, PenaltyRules);
}

/// <summary>A new covenant of a cluster for a year.</summary>
public sealed record DraftCovenantRequest : CovenantContentRequest
{
    public Guid? ClusterId { get; init; }

    /// <example>2023</example>
    public int? Year { get; init; }
}

/// <summary>A member unit signing the covenant.</summary>
public sealed record SignCovenantRequest
{
    public Guid? UnitId { get; init; }

    /// <summary>Name and title of the person who signed for the unit.</summary>
    /// <example>PGS.TS Nguyễn Duy Ánh, Giám đốc</example>
    public string? SignatoryName { get; init; }
}
