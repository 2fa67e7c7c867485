using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;
using ThiDua.Domain.Awards;

namespace ThiDua.Application.Awards;

/// <summary>Shape of an imported award; catalogue and recipient-kind rules are the aggregate's (422).</summary>
public abstract class AwardImportValidator<T> : AbstractValidator<T>
{
    protected void AwardRules(
        System.Linq.Expressions.Expression<Func<T, string>> code,
        System.Linq.Expressions.Expression<Func<T, int>> year,
        System.Linq.Expressions.Expression<Func<T, CommendationType>> type,
        System.Linq.Expressions.Expression<Func<T, DocumentInput>> decision)
    {
        RuleFor(code).NotEmpty().MaximumLength(64);
        RuleFor(year).AchievementYear();
        RuleFor(type).IsInEnum();
        RuleFor(decision).NotNull().SetValidator(new DocumentInputValidator());
    }
}
