using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns;

/// <summary>Input shape of a campaign plan; ordering and period rules are the aggregate's (422).</summary>
public sealed class CampaignPlanInputValidator : AbstractValidator<CampaignPlanInput>
{
    public const int MaxItems = 200;
    public const int TextMaxLength = 2000;

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
        RuleFor(x => x.Letter).NotNull().SetValidator(new LaunchLetterInputValidator());
        RuleFor(x => x.Phases).MaxItems(50).WithMessage("At most 50 phases.");
        RuleForEach(x => x.Phases).NotNull().SetValidator(new PhaseInputValidator());
        RuleFor(x => x.Contents).MaxItems(MaxItems).WithMessage($"At most {MaxItems} contents.");
        RuleForEach(x => x.Contents).NotNull().SetValidator(new ContentInputValidator());
        const string ScopeMessage = "List each scope unit once (at most 1000); omit the list to address every unit under the launching authority.";
        RuleFor(x => x.ScopeUnitIds).MaxItems(1000).WithMessage(ScopeMessage);
        RuleFor(x => x.ScopeUnitIds).Must(s => s is null || s.Count > 1000 || (s.All(id => id != Guid.Empty) && s.Distinct().Count() == s.Count))
            .WithMessage(ScopeMessage);
    }
}

/// <summary>The launch letter (công văn phát động): number/symbol, date, signer, recipients and co-launchers.</summary>
public sealed class LaunchLetterInputValidator : AbstractValidator<LaunchLetterInput>
{
    public const int MaxCoLaunchers = 20;
    public const int NameMaxLength = 300;

    public LaunchLetterInputValidator()
    {
        RuleFor(x => x.Number).NotEmpty().MaximumLength(64).Matches(DocumentInputValidator.NumberPattern)
            .WithMessage("The letter number must be written as number/symbol, e.g. 1975/SYT-VP.");
        RuleFor(x => x.Date).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.SignerName).NotEmpty().MaximumLength(NameMaxLength);
        RuleFor(x => x.SignerTitle).NotEmpty().MaximumLength(NameMaxLength);
        RuleFor(x => x.Recipients).MaxItems(CampaignPlanInputValidator.MaxItems)
            .WithMessage("Recipients: at most 200 non-empty names of at most 300 characters.");
        RuleForEach(x => x.Recipients).NotEmpty().MaximumLength(NameMaxLength)
            .WithMessage("Recipients: at most 200 non-empty names of at most 300 characters.");
        RuleFor(x => x.CoLaunchers).MaxItems(MaxCoLaunchers)
            .WithMessage("Co-launchers: at most 20 non-empty names of at most 300 characters.");
        RuleForEach(x => x.CoLaunchers).NotEmpty().MaximumLength(NameMaxLength)
            .WithMessage("Co-launchers: at most 20 non-empty names of at most 300 characters.");
    }
}

/// <summary>One content of a campaign: a numbered code (2.1), its text and an optional target.</summary>
public sealed class ContentInputValidator : AbstractValidator<ContentInput>
{
    public ContentInputValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Matches(@"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")
            .WithMessage("A content code is numbered like 2.1.");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(CampaignPlanInputValidator.TextMaxLength);
        RuleFor(c => c.Target!).SetValidator(new TargetInputValidator()); // skipped when there is no target
    }
}

/// <summary>A content's measurable target: a value, its unit of measure and the direction that counts as better.</summary>
public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(t => t.Value).InclusiveBetween(0, 1_000_000_000);
        RuleFor(t => t.UnitOfMeasure).NotEmpty().MaximumLength(50);
        RuleFor(t => t.Direction).IsInEnum();
    }
}
