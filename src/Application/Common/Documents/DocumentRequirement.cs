using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Common.Documents;

/// <summary>
/// A step the law makes depend on a document (a dossier's submission on its Tờ trình, an award on its Quyết định;
/// Law 06/2022/QH15 Art. 84; domain.md §6.2, §6.6) takes that document stored in ThiDua, not only cited (ADR 0029).
/// </summary>
public static class DocumentRequirement
{
    /// <summary>The stored document the input links to, of <paramref name="type"/>; otherwise 422 <paramref name="required"/> or <c>document.wrong_type</c>.</summary>
    public static DocumentCitation Require(DocumentInput? input, DocumentType type, DomainError required)
    {
        ArgumentNullException.ThrowIfNull(required);
        if (input?.Citation is not { } citation)
        {
            throw new DomainRuleViolationException(required);
        }

        if (citation.Type != type)
        {
            throw new DomainRuleViolationException(
                DocumentErrors.WrongType.WithMessage(
                    $"Văn bản {citation.NumberAndNotation} là {Vietnamese(citation.Type)}; bước này cần {Vietnamese(type)}.",
                    $"Document {citation.NumberAndNotation} is of type {citation.Type}; this step needs {type}."),
                new Dictionary<string, object?> { ["documentId"] = citation.Id, ["expectedType"] = type, ["actualType"] = citation.Type });
        }

        return citation;
    }

    /// <summary>
    /// For a field that takes a stored document when given (an achievement report, council minutes): null when not given;
    /// otherwise the reference to the stored document of <paramref name="type"/>, or 422 <c>document.not_stored</c> /
    /// <c>document.wrong_type</c>.
    /// </summary>
    public static DocumentReference? Optional(DocumentInput? input, DocumentType type) =>
        input is null ? null : Reference(input, type);

    private static DocumentReference Reference(DocumentInput input, DocumentType type)
    {
        Require(input, type, DocumentErrors.NotStored);
        return input.ToReference();
    }

    private static string Vietnamese(DocumentType type) => type switch
    {
        DocumentType.Decision => "Quyết định",
        DocumentType.OfficialLetter => "Công văn",
        DocumentType.Submission => "Tờ trình",
        DocumentType.Minutes => "Biên bản",
        DocumentType.Plan => "Kế hoạch",
        DocumentType.Report => "Báo cáo",
        DocumentType.Notice => "Thông báo",
        DocumentType.Invitation => "Giấy mời",
        DocumentType.Directive => "Chỉ thị",
        DocumentType.Guidance => "Hướng dẫn",
        DocumentType.Regulation => "Quy chế",
        DocumentType.Resolution => "Nghị quyết",
        DocumentType.Programme => "Chương trình",
        DocumentType.Telegram => "Công điện",
        DocumentType.Certification => "Giấy xác nhận",
        _ => "văn bản khác",
    };
}
