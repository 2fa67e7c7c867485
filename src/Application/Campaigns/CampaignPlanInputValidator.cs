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
        RuleFor(x => x.StatisticsScope).IsInEnum();
        RuleFor(x => x.PeriodStart).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.PeriodEnd).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.RegistrationDeadline!.Value).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("registrationDeadline").When(x => x.RegistrationDeadline is not null);
        RuleFor(x => x.Letter).NotNull().SetValidator(new LaunchLetterInputValidator());
        RuleFor(x => x.Phases).MaxItems(50).WithMessage("Tối đa 50 đợt thi đua.", "At most 50 phases.");
        RuleForEach(x => x.Phases).NotNull().SetValidator(new PhaseInputValidator());
        RuleFor(x => x.Contents).MaxItems(MaxItems).WithMessage($"Tối đa {MaxItems} nội dung thi đua.", $"At most {MaxItems} contents.");
        RuleForEach(x => x.Contents).NotNull().SetValidator(new ContentInputValidator());
        const string ScopeMessageVi = "Mỗi đơn vị trong phạm vi chỉ nêu một lần (tối đa 1000); bỏ trống danh sách để phát động tới tất cả đơn vị thuộc cơ quan phát động.";
        const string ScopeMessage = "List each scope unit once (at most 1000); omit the list to address every unit under the launching authority.";
        RuleFor(x => x.ScopeUnitIds).MaxItems(1000).WithMessage(ScopeMessageVi, ScopeMessage);
        RuleFor(x => x.ScopeUnitIds).Must(s => s is null || s.Count > 1000 || (s.All(id => id != Guid.Empty) && s.Distinct().Count() == s.Count))
            .WithMessage(ScopeMessageVi, ScopeMessage);
    }
}

/// <summary>The launch letter (công văn phát động): number/symbol, date, signer, recipients and co-launchers.</summary>
public sealed class LaunchLetterInputValidator : AbstractValidator<LaunchLetterInput>
{
    public const int MaxCoLaunchers = 20;
    public const int NameMaxLength = 300;

    public LaunchLetterInputValidator()
    {
        // A stored letter (documentId) brings its number, date and signer; a letter only cited needs them.
        When(x => x.DocumentId is null, () =>
        {
            RuleFor(x => x.Number).NotEmpty();
            RuleFor(x => x.Date).NotEmpty();
            RuleFor(x => x.SignerName).NotEmpty();
            RuleFor(x => x.SignerTitle).NotEmpty();
        });
        RuleFor(x => x.DocumentId).NotEqual(Guid.Empty).When(x => x.DocumentId is not null);
        RuleFor(x => x.Number).MaximumLength(64).Matches(DocumentInputValidator.NumberPattern)
            .WithMessage("Số văn bản phải viết theo dạng số/ký hiệu, ví dụ 1975/SYT-VP.", "The letter number must be written as number/symbol, e.g. 1975/SYT-VP.")
            .When(x => !string.IsNullOrEmpty(x.Number));
        RuleFor(x => x.Date).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate).When(x => x.Date != default);
        RuleFor(x => x.SignerName).MaximumLength(NameMaxLength);
        RuleFor(x => x.SignerTitle).MaximumLength(NameMaxLength);
        RuleFor(x => x.Recipients).MaxItems(CampaignPlanInputValidator.MaxItems)
            .WithMessage("Nơi nhận: tối đa 200 tên không để trống, mỗi tên tối đa 300 ký tự.", "Recipients: at most 200 non-empty names of at most 300 characters.");
        RuleForEach(x => x.Recipients).NotEmpty().MaximumLength(NameMaxLength)
            .WithMessage("Nơi nhận: tối đa 200 tên không để trống, mỗi tên tối đa 300 ký tự.", "Recipients: at most 200 non-empty names of at most 300 characters.");
        RuleFor(x => x.CoLaunchers).MaxItems(MaxCoLaunchers)
            .WithMessage("Cơ quan đồng phát động: tối đa 20 tên không để trống, mỗi tên tối đa 300 ký tự.", "Co-launchers: at most 20 non-empty names of at most 300 characters.");
        RuleForEach(x => x.CoLaunchers).NotEmpty().MaximumLength(NameMaxLength)
            .WithMessage("Cơ quan đồng phát động: tối đa 20 tên không để trống, mỗi tên tối đa 300 ký tự.", "Co-launchers: at most 20 non-empty names of at most 300 characters.");
    }
}

/// <summary>One content of a campaign: a numbered code (2.1), its text and an optional target.</summary>
public sealed class ContentInputValidator : AbstractValidator<ContentInput>
{
    public ContentInputValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Matches(@"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")
            .WithMessage("Mã nội dung thi đua được đánh số như 2.1.", "A content code is numbered like 2.1.");
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
