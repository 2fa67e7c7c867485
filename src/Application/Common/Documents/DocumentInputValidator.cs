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
        RuleFor(x => x.Number)
            .NotEmpty()
            .MaximumLength(DocumentReference.NumberMaxLength)
            .Matches(NumberPattern)
            .WithMessage("Số văn bản phải viết theo dạng số/ký hiệu, ví dụ 1975/SYT-VP hoặc 45/QĐ-SYT.", "The document number must be written as number/symbol, e.g. 1975/SYT-VP or 45/QĐ-SYT.");
        RuleFor(x => x.Date).NotEmpty().InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(x => x.Issuer).MaximumLength(DocumentReference.IssuerMaxLength);
    }
}
