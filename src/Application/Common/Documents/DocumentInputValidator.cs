using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Documents;

/// <summary>
/// A document number is "number/symbol" as Decree 30/2020/NĐ-CP writes it: <c>1975/SYT-VP</c>, <c>45/QĐ-SYT</c>,
/// <c>202/2025/QH15</c>.
/// </summary>
public sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
{
    public const string NumberPattern = @"^\d{1,6}[A-Za-z]?/[\p{L}\p{N}.\-/]{1,56}$";

    /// <summary>Dates the system accepts for documents and the events they record (from the founding of the state to 2100).</summary>
    public static readonly DateOnly EarliestDate = new(1945, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public DocumentInputValidator()
    {
        // A citation needs its number and date; a stored document's id brings its own, so they may then be left out.
        When(x => x.DocumentId is null, () =>
        {
            RuleFor(x => x.Number).NotEmpty();
            RuleFor(x => x.Date).NotEmpty();
        });
        RuleFor(x => x.DocumentId).NotEqual(Guid.Empty).When(x => x.DocumentId is not null);
        RuleFor(x => x.Number)
            .MaximumLength(DocumentReference.NumberMaxLength)
            .Matches(NumberPattern)
            .WithMessage("Số văn bản phải viết theo dạng số/ký hiệu, ví dụ 1975/SYT-VP hoặc 45/QĐ-SYT.", "The document number must be written as number/symbol, e.g. 1975/SYT-VP or 45/QĐ-SYT.")
            .When(x => !string.IsNullOrEmpty(x.Number));
        RuleFor(x => x.Date).InclusiveBetween(EarliestDate, LatestDate).When(x => x.Date != default);
        RuleFor(x => x.Issuer).MaximumLength(DocumentReference.IssuerMaxLength);
    }
}
