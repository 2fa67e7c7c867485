using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>An emulation model as clients send it.</summary>
public sealed record EmulationModelInput(string Name, string? Description, string? ExpectedResults);

/// <summary>A person's target title as clients send it.</summary>
public sealed record IndividualTargetInput(string FullName, string? Position, string TargetTitle);

/// <summary>What a unit registers: award-type codes of its target titles, its emulation models, its people's targets.</summary>
public sealed record RegistrationInput(
    IReadOnlyList<string>? TargetTitles, IReadOnlyList<EmulationModelInput>? Models, IReadOnlyList<IndividualTargetInput>? IndividualTargets)
{
    public RegistrationContent ToContent() => new(
        (TargetTitles ?? []).Select(t => t.Trim().ToUpperInvariant()).ToList(),
        (Models ?? []).Select(m => new Domain.CampaignRegistrations.EmulationModel(m.Name, m.Description, m.ExpectedResults)).ToList(),
        (IndividualTargets ?? []).Select(t => new IndividualTarget(t.FullName, t.Position, t.TargetTitle.Trim().ToUpperInvariant())).ToList());
}

/// <summary>Shape of a registration; catalogue and recipient-kind rules are the aggregate's (422).</summary>
public sealed class RegistrationInputValidator : AbstractValidator<RegistrationInput>
{
    public RegistrationInputValidator()
    {
        RuleFor(x => x.TargetTitles).NotEmpty().WithMessage("Nêu ít nhất một danh hiệu thi đua tập thể đăng ký (mã loại hình khen thưởng, ví dụ CO_THI_DUA_TINH).", "Name at least one target collective title (an award-type code such as CO_THI_DUA_TINH).");
        RuleFor(x => x.TargetTitles).MaxItems(20).WithMessage("Tối đa 20 danh hiệu đăng ký.", "At most 20 target titles.");
        RuleForEach(x => x.TargetTitles).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Models).MaxItems(RegistrationContent.MaxItems).WithMessage($"Tối đa {RegistrationContent.MaxItems} mô hình thi đua.", $"At most {RegistrationContent.MaxItems} models.");
        RuleForEach(x => x.Models).NotNull().SetValidator(new EmulationModelInputValidator());
        RuleFor(x => x.IndividualTargets).MaxItems(RegistrationContent.MaxItems)
            .WithMessage($"Tối đa {RegistrationContent.MaxItems} chỉ tiêu cá nhân.", $"At most {RegistrationContent.MaxItems} individual targets.");
        RuleForEach(x => x.IndividualTargets).NotNull().SetValidator(new IndividualTargetInputValidator());
    }
}

/// <summary>A registered emulation model (mô hình): name, description, expected results.</summary>
public sealed class EmulationModelInputValidator : AbstractValidator<EmulationModelInput>
{
    public EmulationModelInputValidator()
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(RegistrationContent.NameMaxLength);
        RuleFor(m => m.Description).MaximumLength(RegistrationContent.TextMaxLength);
        RuleFor(m => m.ExpectedResults).MaximumLength(RegistrationContent.TextMaxLength);
    }
}

/// <summary>An individual target: the person's name and position, and the title aimed at.</summary>
public sealed class IndividualTargetInputValidator : AbstractValidator<IndividualTargetInput>
{
    public IndividualTargetInputValidator()
    {
        RuleFor(t => t.FullName).NotEmpty().MaximumLength(RegistrationContent.NameMaxLength);
        RuleFor(t => t.Position).MaximumLength(RegistrationContent.NameMaxLength);
        RuleFor(t => t.TargetTitle).NotEmpty().MaximumLength(64);
    }
}
