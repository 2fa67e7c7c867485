using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>
/// Input shape of a covenant's content. Errors name the offending item by its path (e.g. <c>terms.criteria[2].maxPoints</c>)
/// and criterion code. Completeness (criteria adding up to the scale) is checked when the covenant is opened for signing;
/// the phases' dates (order, overlap, inside the year) by the aggregate (422).
/// </summary>
public sealed class CovenantTermsInputValidator : AbstractValidator<CovenantTermsInput>
{
    public const int MaxItems = 200;

    /// <summary>Bounds that keep every sum of points far from decimal overflow.</summary>
    public const decimal MaxPoints = 100_000;

    public const decimal MaxWeight = 1_000;
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    public CovenantTermsInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(CovenantTerms.TitleMaxLength);
        RuleFor(x => x.ScaleMax).GreaterThan(0).LessThanOrEqualTo(MaxPoints);
        RuleFor(x => x.SigningDeadline).NotEmpty();

        RuleFor(x => x.Contents).MaxItems(MaxItems).WithMessage($"Tối đa {MaxItems} nội dung thi đua.", $"At most {MaxItems} contents.");
        RuleForEach(x => x.Contents).NotNull();
        RuleForEach(x => x.Criteria).NotNull();
        RuleForEach(x => x.BonusRules).NotNull();
        RuleForEach(x => x.PenaltyRules).NotNull();
        RuleForEach(x => x.Contents).SetValidator(new CovenantContentInputValidator());
        RuleFor(x => x.Contents).Must(c => c!.Select(x => x.Number).Distinct().Count() == c!.Count)
            .When(x => x.Contents is not null && x.Contents.All(c => c is not null)).WithMessage("Số thứ tự nội dung không được trùng nhau.", "Content numbers must be unique.");

        RuleFor(x => x.Criteria).MaxItems(MaxItems).WithMessage($"Tối đa {MaxItems} tiêu chí.", $"At most {MaxItems} criteria.");
        RuleForEach(x => x.Criteria).SetValidator(new CovenantCriterionInputValidator());
        RuleFor(x => x.Criteria).Must(c => c!.Select(x => x.Code.Trim().ToUpperInvariant()).Distinct().Count() == c!.Count)
            .When(x => x.Criteria is not null && x.Criteria.All(c => c?.Code is not null)).WithMessage("Mã tiêu chí không được trùng nhau.", "Criterion codes must be unique.");
        RuleFor(x => x.Criteria).Must(c => c!.All(x => x.Weight is null) || c!.All(x => x.Weight is not null))
            .When(x => x.Criteria is not null && x.Criteria.All(c => c is not null)).WithMessage("Khai báo trọng số cho tất cả tiêu chí hoặc không cho tiêu chí nào.", "Declare a weight for every criterion or for none.");

        RuleFor(x => x.BonusRules).MaxItems(MaxItems).WithMessage($"Tối đa {MaxItems} quy định điểm thưởng.", $"At most {MaxItems} bonus rules.");
        RuleForEach(x => x.BonusRules).SetValidator(new CovenantRuleInputValidator());
        RuleFor(x => x.BonusRules).Must(HaveDistinctCodes).WithMessage("Mã quy định điểm thưởng không được trùng nhau.", "Bonus rule codes must be unique.");
        RuleFor(x => x.PenaltyRules).MaxItems(MaxItems).WithMessage($"Tối đa {MaxItems} quy định điểm trừ.", $"At most {MaxItems} penalty rules.");
        RuleForEach(x => x.PenaltyRules).SetValidator(new CovenantRuleInputValidator());
        RuleFor(x => x.PenaltyRules).Must(HaveDistinctCodes).WithMessage("Mã quy định điểm trừ không được trùng nhau.", "Penalty rule codes must be unique.");
        RuleFor(x => x.TieBreakers).MaxItems(10).WithMessage("Mỗi tiêu chí phân định thứ hạng chỉ nêu một lần.", "List each tie-breaker once.");
        RuleFor(x => x.TieBreakers).Must(t => t is null || t.Count > 10 || t.Distinct().Count() == t.Count)
            .WithMessage("Mỗi tiêu chí phân định thứ hạng chỉ nêu một lần.", "List each tie-breaker once.");
        RuleForEach(x => x.TieBreakers).IsInEnum();

        RuleFor(x => x.Phases).MaxItems(Domain.Covenants.CovenantPhase.MaxPhases).WithMessage($"Tối đa {Domain.Covenants.CovenantPhase.MaxPhases} đợt thi đua.", $"At most {Domain.Covenants.CovenantPhase.MaxPhases} phases.");
        RuleForEach(x => x.Phases).NotNull().SetValidator(new CovenantPhaseInputValidator());
    }

    private static bool HaveDistinctCodes(IReadOnlyList<CovenantRuleInput>? rules) =>
        rules is null
        || rules.Any(r => r?.Code is null)
        || rules.Select(r => r.Code.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == rules.Count;
}

/// <summary>A content (nội dung) of a covenant: its number and title.</summary>
public sealed class CovenantContentInputValidator : AbstractValidator<CovenantContentInput>
{
    public CovenantContentInputValidator()
    {
        RuleFor(c => c.Number).GreaterThan(0);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Domain.Covenants.CovenantContent.TitleMaxLength);
    }
}

/// <summary>A criterion (tiêu chí): code, content, description, maximum points, optional weight.</summary>
public sealed class CovenantCriterionInputValidator : AbstractValidator<CovenantCriterionInput>
{
    public CovenantCriterionInputValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(Domain.Covenants.CovenantCriterion.CodeMaxLength).Matches(CovenantTermsInputValidator.CodePattern);
        RuleFor(c => c.ContentNumber).GreaterThan(0);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Domain.Covenants.CovenantCriterion.DescriptionMaxLength);
        RuleFor(c => c.MaxPoints).Must(p => p > 0 && p <= CovenantTermsInputValidator.MaxPoints)
            .WithMessage(c => $"Tiêu chí {c.Code}: điểm tối đa phải lớn hơn 0 và không quá {CovenantTermsInputValidator.MaxPoints}.", c => $"Criterion {c.Code}: the maximum points must be above 0 and at most {CovenantTermsInputValidator.MaxPoints}.");
        RuleFor(c => c.Weight!.Value).Must(w => w > 0 && w <= CovenantTermsInputValidator.MaxWeight).When(c => c.Weight is not null).OverridePropertyName("weight")
            .WithMessage(c => $"Tiêu chí {c.Code}: trọng số phải lớn hơn 0 và không quá {CovenantTermsInputValidator.MaxWeight}.", c => $"Criterion {c.Code}: a weight must be above 0 and at most {CovenantTermsInputValidator.MaxWeight}.");
    }
}

/// <summary>A bonus or penalty rule: code, description, positive cap.</summary>
public sealed class CovenantRuleInputValidator : AbstractValidator<CovenantRuleInput>
{
    public CovenantRuleInputValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(Domain.Covenants.CovenantAdjustmentRule.CodeMaxLength).Matches(CovenantTermsInputValidator.CodePattern);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(Domain.Covenants.CovenantAdjustmentRule.DescriptionMaxLength);
        RuleFor(r => r.Cap).Must(cap => cap > 0 && cap <= CovenantTermsInputValidator.MaxPoints)
            .WithMessage(r => $"Quy định {r.Code}: mức trần phải lớn hơn 0 và không quá {CovenantTermsInputValidator.MaxPoints}.", r => $"Rule {r.Code}: the cap must be above 0 and at most {CovenantTermsInputValidator.MaxPoints}.");
    }
}

/// <summary>Input shape of a phase (đợt) of the covenant's programme; its dates' rules are the aggregate's (422).</summary>
public sealed class CovenantPhaseInputValidator : AbstractValidator<CovenantPhaseInput>
{
    public CovenantPhaseInputValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(Domain.Covenants.CovenantPhase.NameMaxLength);
        RuleFor(p => p.Start).NotEmpty();
        RuleFor(p => p.End).NotEmpty();
        RuleFor(p => p.Theme).MaximumLength(Domain.Covenants.CovenantPhase.TextMaxLength);
        RuleFor(p => p.Focus).MaximumLength(Domain.Covenants.CovenantPhase.TextMaxLength);
        RuleFor(p => p.Commemorations).MaxItems(Domain.Covenants.CovenantPhase.MaxCommemorations)
            .WithMessage($"Hoạt động kỷ niệm: tối đa {Domain.Covenants.CovenantPhase.MaxCommemorations} nội dung không để trống, mỗi nội dung tối đa {Domain.Covenants.CovenantPhase.CommemorationMaxLength} ký tự.", $"Commemorations: at most {Domain.Covenants.CovenantPhase.MaxCommemorations} non-empty texts of at most {Domain.Covenants.CovenantPhase.CommemorationMaxLength} characters.");
        RuleForEach(p => p.Commemorations).NotEmpty().MaximumLength(Domain.Covenants.CovenantPhase.CommemorationMaxLength)
            .WithMessage($"Hoạt động kỷ niệm: tối đa {Domain.Covenants.CovenantPhase.MaxCommemorations} nội dung không để trống, mỗi nội dung tối đa {Domain.Covenants.CovenantPhase.CommemorationMaxLength} ký tự.", $"Commemorations: at most {Domain.Covenants.CovenantPhase.MaxCommemorations} non-empty texts of at most {Domain.Covenants.CovenantPhase.CommemorationMaxLength} characters.");
    }
}
