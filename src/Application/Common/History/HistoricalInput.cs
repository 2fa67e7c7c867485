using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Common.History;

/// <summary>
/// The <c>historical</c> object of a write request (ADR 0014): present, it puts the write in historical record mode — the
/// act took place on <c>OccurredOn</c> and is entered from <c>SourceDocument</c>; absent, the write is live.
/// </summary>
public sealed record HistoricalInput(DateOnly? OccurredOn, DocumentInput? SourceDocument);

public sealed class HistoricalInputValidator : AbstractValidator<HistoricalInput>
{
    public HistoricalInputValidator()
    {
        RuleFor(x => x.OccurredOn).NotNull().WithMessage("Nêu ngày diễn ra hành vi (occurredOn).", "Give the date the act took place (occurredOn).")
            .InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate).OverridePropertyName("historical.occurredOn");
        RuleFor(x => x.SourceDocument).NotNull().WithMessage("Nêu văn bản làm căn cứ nhập hành vi (sourceDocument).", "Name the document the act is entered from (sourceDocument).")
            .SetValidator(new DocumentInputValidator()!).OverridePropertyName("historical.sourceDocument");
    }
}
