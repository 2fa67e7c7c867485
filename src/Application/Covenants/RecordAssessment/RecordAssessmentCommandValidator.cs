using FluentValidation;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.CovenantAssessments;

namespace ThiDua.Application.Covenants.RecordAssessment;

public sealed class RecordAssessmentCommandValidator : AbstractValidator<RecordAssessmentCommand>
{
    public const int MaxItems = 500;

    public RecordAssessmentCommandValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().OverridePropertyName("assessor");
        RuleFor(x => x.PeerUnitId).NotEmpty().When(x => x.Kind == AssessorKind.Peer)
            .WithMessage("Chấm chéo phải nêu đơn vị chấm (peerUnitId).", "A peer assessment names the assessing unit (peerUnitId).");
        RuleFor(x => x.PeerUnitId).Empty().When(x => x.Kind != AssessorKind.Peer)
            .WithMessage("Chỉ khi chấm chéo mới nêu đơn vị chấm chéo.", "Only a peer assessment names a peer unit.");

        RuleFor(x => x.Criteria).MaxItems(MaxItems).WithMessage(ListMessageVi, ListMessage);
        RuleFor(x => x.Criteria).Must(BeDistinctAndFew).WithMessage(ListMessageVi, ListMessage);
        RuleForEach(x => x.Criteria).NotNull().SetValidator(new ScoreInputValidator());
        RuleFor(x => x.Bonuses).MaxItems(MaxItems).WithMessage(ListMessageVi, ListMessage);
        RuleFor(x => x.Bonuses).Must(BeDistinctAndFew).WithMessage(ListMessageVi, ListMessage);
        RuleForEach(x => x.Bonuses).NotNull().SetValidator(new ScoreInputValidator());
        RuleFor(x => x.Penalties).MaxItems(MaxItems).WithMessage(ListMessageVi, ListMessage);
        RuleFor(x => x.Penalties).Must(BeDistinctAndFew).WithMessage(ListMessageVi, ListMessage);
        RuleForEach(x => x.Penalties).NotNull().SetValidator(new ScoreInputValidator());

        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
        RuleFor(x => x.Note).MaximumLength(CovenantAssessment.NoteMaxLength);
        RuleFor(x => x.Reason).MaximumLength(ScoreChange.ReasonMaxLength);
        RuleFor(x => x.Staff!).SetValidator(new StaffInputValidator()); // skipped when no staff is given
    }

    private const string ListMessageVi = "Tối đa 500 phần tử, mỗi mã chỉ nêu một lần.";

    private const string ListMessage = "At most 500 items, each code once.";

    private static bool BeDistinctAndFew(IReadOnlyList<ScoreInput>? items) =>
        items is null
        || items.Count > MaxItems // reported once, by MaxItems
        || items.Any(i => i?.Code is null)
        || items.Select(i => i.Code.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == items.Count;
}

/// <summary>The unit's staff (biên chế) at assessment: total and women.</summary>
public sealed class StaffInputValidator : AbstractValidator<StaffInput>
{
    public StaffInputValidator()
    {
        RuleFor(s => s.Total).GreaterThan(0);
        RuleFor(s => s.Women).GreaterThanOrEqualTo(0).LessThanOrEqualTo(s => s.Total);
    }
}

/// <summary>One scored item: a code and its points.</summary>
public sealed class ScoreInputValidator : AbstractValidator<ScoreInput>
{
    public ScoreInputValidator()
    {
        RuleFor(i => i.Code).NotEmpty().MaximumLength(20);
        RuleFor(i => i.Points).NotNull().WithMessage("Nhập số điểm (0 là một mức điểm; để trống thì không).", "Give the points (0 is a score, a missing value is not).");
        RuleFor(i => i.Points!.Value).InclusiveBetween(-1_000_000, 1_000_000).OverridePropertyName("points").When(i => i.Points is not null);
    }
}
