using FluentValidation;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.DataImports.StartImport;

public sealed class StartImportCommandValidator : AbstractValidator<StartImportCommand>
{
    public StartImportCommandValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(255);
        RuleFor(x => x.Content).NotNull().Must(c => c is { Length: > 0 })
            .WithMessage("Tệp tải lên không có nội dung.", "The uploaded file is empty.");
    }
}
