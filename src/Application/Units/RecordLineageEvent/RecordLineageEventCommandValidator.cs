using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.RecordLineageEvent;

public sealed class RecordLineageEventCommandValidator : AbstractValidator<RecordLineageEventCommand>
{
    public RecordLineageEventCommandValidator()
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.EffectiveOn).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.LegalBasis).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Note).MaximumLength(UnitLineageEvent.NoteMaxLength);

        RuleFor(x => x.NewName).MaximumLength(OrganisationUnit.NameMaxLength);
        RuleFor(x => x.NewName).NotEmpty()
            .When(x => x.Type == LineageEventType.Rename)
            .WithMessage("Đổi tên phải nêu tên mới.", "A rename needs the new name.");
        RuleFor(x => x.NewShortName).MaximumLength(OrganisationUnit.ShortNameMaxLength);
        RuleFor(x => x.NewParentId).NotEmpty()
            .When(x => x.Type == LineageEventType.Transfer)
            .WithMessage("Chuyển đơn vị cấp trên phải nêu đơn vị cấp trên mới.", "A transfer needs the new parent unit.");
        RuleFor(x => x.SuccessorId).NotEmpty()
            .When(x => x.Type == LineageEventType.Merge)
            .WithMessage("Sáp nhập phải nêu đơn vị kế thừa.", "A merge needs the successor unit.");

        RuleFor(x => x.NewName).Empty().When(x => x.Type != LineageEventType.Rename)
            .WithMessage("Chỉ khi đổi tên mới nêu tên mới.", "Only a rename takes a new name.");
        RuleFor(x => x.NewParentId).Empty().When(x => x.Type != LineageEventType.Transfer)
            .WithMessage("Chỉ khi chuyển đơn vị cấp trên mới nêu đơn vị cấp trên mới.", "Only a transfer takes a new parent.");
        RuleFor(x => x.SuccessorId).Empty().When(x => x.Type != LineageEventType.Merge)
            .WithMessage("Chỉ khi sáp nhập mới nêu đơn vị kế thừa.", "Only a merge takes a successor.");
    }
}
