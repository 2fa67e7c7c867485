using FluentValidation;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Campaigns;

/// <summary>Input shape of a phase (đợt); its order and period rules are the aggregate's (422).</summary>
public sealed class PhaseInputValidator : AbstractValidator<PhaseInput>
{
    public PhaseInputValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(300);
        RuleFor(p => p.Start).NotEmpty();
        RuleFor(p => p.End).NotEmpty();
        RuleFor(p => p.Focus).MaximumLength(2000);
        RuleFor(p => p.Commemorations).MaxItems(50)
            .WithMessage("Hoạt động kỷ niệm: tối đa 50 nội dung không để trống, mỗi nội dung tối đa 500 ký tự.", "Commemorations: at most 50 non-empty texts of at most 500 characters.");
        RuleForEach(p => p.Commemorations).NotEmpty().MaximumLength(500)
            .WithMessage("Hoạt động kỷ niệm: tối đa 50 nội dung không để trống, mỗi nội dung tối đa 500 ký tự.", "Commemorations: at most 50 non-empty texts of at most 500 characters.");
    }
}
