using FluentValidation;
using ThiDua.Application.Common.Documents;
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
            .WithMessage("A rename needs the new name.");
        RuleFor(x => x.NewShortName).MaximumLength(OrganisationUnit.ShortNameMaxLength);
        RuleFor(x => x.NewParentId).NotEmpty()
            .When(x => x.Type == LineageEventType.Transfer)
            .WithMessage("A transfer needs the new parent unit.");
        RuleFor(x => x.SuccessorId).NotEmpty()
            .When(x => x.Type == LineageEventType.Merge)
            .WithMessage("A merge needs the successor unit.");

        RuleFor(x => x.NewName).Empty().When(x => x.Type != LineageEventType.Rename)
            .WithMessage("Only a rename takes a new name.");
        RuleFor(x => x.NewParentId).Empty().When(x => x.Type != LineageEventType.Transfer)
            .WithMessage("Only a transfer takes a new parent.");
        RuleFor(x => x.SuccessorId).Empty().When(x => x.Type != LineageEventType.Merge)
            .WithMessage("Only a merge takes a successor.");
    }
}
