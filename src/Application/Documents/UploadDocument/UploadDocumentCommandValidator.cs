using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.UploadDocument;

/// <summary>The metadata's shape (Decree 30/2020/NĐ-CP, Appendix VI; see <see cref="DocumentMetadata"/> for the bounds).</summary>
public sealed class UploadDocumentCommandValidator : AbstractValidator<UploadDocumentCommand>
{
    /// <summary>Số văn bản: Arabic digits (Decree 30/2020/NĐ-CP, Art. 8 and Appendix I), at most 11 (Appendix VI).</summary>
    public const string NumberPattern = "^[0-9]{1,11}$";

    /// <summary>Ký hiệu: letters (Vietnamese included), digits, '-', '.' and '/', e.g. <c>SYT-VP</c>, <c>QĐ-SYT</c>, <c>2025/QH15</c>.</summary>
    public const string NotationPattern = @"^[\p{L}\p{N}][\p{L}\p{N}.\-/]*$";

    public UploadDocumentCommandValidator()
    {
        RuleFor(x => x.AgencyCode).NotEmpty().AgencyCode();
        RuleFor(x => x.AgencyName).NotEmpty().MaximumLength(DocumentMetadata.AgencyNameMaxLength);
        RuleFor(x => x.Number).NotEmpty().MaximumLength(DocumentMetadata.NumberMaxLength).Matches(NumberPattern)
            .WithMessage("Số văn bản gồm các chữ số Ả Rập (tối đa 11 chữ số), ví dụ 45.", "The document number is Arabic digits (at most 11), e.g. 45.");
        RuleFor(x => x.Notation).NotEmpty().MaximumLength(DocumentMetadata.NotationMaxLength).Matches(NotationPattern)
            .WithMessage("Ký hiệu văn bản gồm chữ cái, chữ số, dấu '-', '.' và '/', ví dụ SYT-VP hoặc QĐ-SYT.", "The notation may contain letters, digits, '-', '.' and '/', e.g. SYT-VP or QĐ-SYT.");
        RuleFor(x => x.IssuedOn).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(DocumentMetadata.SubjectMaxLength);
        RuleFor(x => x.SignerPosition).NotEmpty().MaximumLength(DocumentMetadata.SignerPositionMaxLength);
        RuleFor(x => x.SignerName).NotEmpty().MaximumLength(DocumentMetadata.SignerNameMaxLength);
        RuleFor(x => x.PageCount!.Value).InclusiveBetween(1, DocumentMetadata.MaxPageCount).OverridePropertyName("pageCount").When(x => x.PageCount is not null);
        RuleFor(x => x.Recipients).MaxItems(DocumentMetadata.MaxRecipients);
        RuleForEach(x => x.Recipients).NotEmpty().MaximumLength(DocumentMetadata.RecipientMaxLength);
        RuleFor(x => x.EOfficeId).MaximumLength(DocumentMetadata.EOfficeIdMaxLength);
        RuleFor(x => x.FileName).MaximumLength(1000);
    }
}
