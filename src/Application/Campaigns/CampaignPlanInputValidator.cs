using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns;

/// <summary>Input shape of a campaign plan; ordering and period rules are the aggregate's (422).</summary>
public sealed class CampaignPlanInputValidator : AbstractValidator<CampaignPlanInput>
{
    public const int MaxItems = 200;
    private const int TextMaxLength = 2000;

    public CampaignPlanInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(CampaignPlan.TitleMaxLength);
        RuleFor(x => x.Theme).NotEmpty().MaximumLength(CampaignPlan.ThemeMaxLength);
        RuleFor(x => x.Slogan).MaximumLength(CampaignPlan.ThemeMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.PeriodStart).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.PeriodEnd).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.RegistrationDeadline!.Value).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("registrationDeadline").When(x => x.RegistrationDeadline is not null);
        RuleFor(x => x.Letter).NotNull().DependentRules(() =>
        {
            RuleFor(x => x.Letter.Number).NotEmpty().MaximumLength(64).Matches(DocumentInputValidator.NumberPattern)
                .WithMessage("The letter number must be written as number/symbol, e.g. 1975/SYT-VP.");
            RuleFor(x => x.Letter.Date).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
            RuleFor(x => x.Letter.SignerName).NotEmpty().MaximumLength(300);
            RuleFor(x => x.Letter.SignerTitle).NotEmpty().MaximumLength(300);
            RuleFor(x => x.Letter.Recipients).Must(r => r is null || (r.Count <= MaxItems && r.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 300)))
                .WithMessage("Recipients: at most 200 non-empty names of at most 300 characters.");
            RuleFor(x => x.Letter.CoLaunchers).Must(r => r is null || (r.Count <= 20 && r.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 300)))
                .WithMessage("Co-launchers: at most 20 non-empty names of at most 300 characters.");
        });
        RuleFor(x => x.Phases).Must(p => p is null || p.Count <= 50).WithMessage("At most 50 phases.");
        RuleForEach(x => x.Phases).NotNull().SetValidator(new PhaseInputValidator());
        RuleFor(x => x.Contents).Must(c => c is null || c.Count <= MaxItems).WithMessage($"At most {MaxItems} contents.");
        RuleForEach(x => x.Contents).NotNull().ChildRules(content =>
        {
            content.RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Matches(@"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")
                .WithMessage("A content code is numbered like 2.1.");
            content.RuleFor(c => c.Text).NotEmpty().MaximumLength(TextMaxLength);
            content.RuleFor(c => c.Target!.Value).InclusiveBetween(0, 1_000_000_000).OverridePropertyName("target.value").When(c => c.Target is not null);
            content.RuleFor(c => c.Target!.UnitOfMeasure).NotEmpty().MaximumLength(50).OverridePropertyName("target.unitOfMeasure").When(c => c.Target is not null);
            content.RuleFor(c => c.Target!.Direction).IsInEnum().OverridePropertyName("target.direction").When(c => c.Target is not null);
        });
        RuleFor(x => x.ScopeUnitIds).Must(s => s is null || (s.Count <= 1000 && s.All(id => id != Guid.Empty) && s.Distinct().Count() == s.Count))
            .WithMessage("List each scope unit once (at most 1000); omit the list to address every unit under the launching authority.");
    }
}
