using FluentValidation;
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
        (Models ?? []).Select(m => new EmulationModel(m.Name, m.Description, m.ExpectedResults)).ToList(),
        (IndividualTargets ?? []).Select(t => new IndividualTarget(t.FullName, t.Position, t.TargetTitle.Trim().ToUpperInvariant())).ToList());
}

/// <summary>Shape of a registration; catalogue and recipient-kind rules are the aggregate's (422).</summary>
public sealed class RegistrationInputValidator : AbstractValidator<RegistrationInput>
{
    public RegistrationInputValidator()
    {
        RuleFor(x => x.TargetTitles).NotEmpty().WithMessage("Name at least one target collective title (an award-type code such as CO_THI_DUA_TINH).");
        RuleFor(x => x.TargetTitles).Must(t => t!.Count <= 20).WithMessage("At most 20 target titles.").When(x => x.TargetTitles is not null);
        RuleForEach(x => x.TargetTitles).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Models).Must(m => m!.Count <= RegistrationContent.MaxItems).WithMessage($"At most {RegistrationContent.MaxItems} models.").When(x => x.Models is not null);
        RuleForEach(x => x.Models).NotNull().ChildRules(model =>
        {
            model.RuleFor(m => m.Name).NotEmpty().MaximumLength(RegistrationContent.NameMaxLength);
            model.RuleFor(m => m.Description).MaximumLength(RegistrationContent.TextMaxLength);
            model.RuleFor(m => m.ExpectedResults).MaximumLength(RegistrationContent.TextMaxLength);
        });
        RuleFor(x => x.IndividualTargets).Must(t => t!.Count <= RegistrationContent.MaxItems)
            .WithMessage($"At most {RegistrationContent.MaxItems} individual targets.").When(x => x.IndividualTargets is not null);
        RuleForEach(x => x.IndividualTargets).NotNull().ChildRules(target =>
        {
            target.RuleFor(t => t.FullName).NotEmpty().MaximumLength(RegistrationContent.NameMaxLength);
            target.RuleFor(t => t.Position).MaximumLength(RegistrationContent.NameMaxLength);
            target.RuleFor(t => t.TargetTitle).NotEmpty().MaximumLength(64);
        });
    }
}
