using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents;

/// <summary>
/// The metadata of an electronic administrative document, after Decree 30/2020/NĐ-CP, Appendix VI ("thông tin đầu vào
/// của văn bản điện tử"): issuing agency code and name, number, notation, issued date, type, subject, signer's position
/// and full name, page count and recipients. The lengths of the agency code (13), number (11), notation (30) and
/// subject (500) are the appendix's; the other bounds are ThiDua's.
/// </summary>
public sealed record DocumentMetadata
{
    public const int AgencyNameMaxLength = 200;
    public const int NumberMaxLength = 11;
    public const int NotationMaxLength = 30;
    public const int SubjectMaxLength = 500;
    public const int SignerPositionMaxLength = 100;
    public const int SignerNameMaxLength = 100;
    public const int RecipientMaxLength = 300;
    public const int MaxRecipients = 100;
    public const int EOfficeIdMaxLength = 100;
    public const int MaxPageCount = 100_000;

    private DocumentMetadata()
    {
    }

    /// <summary>Mã định danh điện tử of the issuing agency (Decision 20/2020/QĐ-TTg), e.g. <c>000.00.00.H41</c>.</summary>
    public string AgencyCode { get; private init; } = null!;

    /// <summary>Tên cơ quan, tổ chức ban hành văn bản.</summary>
    public string AgencyName { get; private init; } = null!;

    /// <summary>Số văn bản: the running number in the issuer's register for the year, in Arabic digits.</summary>
    public string Number { get; private init; } = null!;

    /// <summary>Ký hiệu văn bản, e.g. <c>SYT-VP</c> or <c>QĐ-SYT</c>.</summary>
    public string Notation { get; private init; } = null!;

    /// <summary>Ngày ban hành.</summary>
    public DateOnly IssuedOn { get; private init; }

    /// <summary>Thể loại văn bản.</summary>
    public DocumentType Type { get; private init; }

    /// <summary>Trích yếu nội dung.</summary>
    public string Subject { get; private init; } = null!;

    /// <summary>Chức vụ của người ký.</summary>
    public string SignerPosition { get; private init; } = null!;

    /// <summary>Họ và tên người ký.</summary>
    public string SignerName { get; private init; } = null!;

    /// <summary>Số trang văn bản.</summary>
    public int? PageCount { get; private init; }

    /// <summary>Nơi nhận, in the order written on the document.</summary>
    public IReadOnlyList<string> Recipients { get; private init; } = [];

    /// <summary>The id the sending e-office system gives the document, if it sent one.</summary>
    public string? EOfficeId { get; private init; }

    /// <summary>"Số 45/QĐ-SYT" as written on documents: number/notation.</summary>
    public string NumberAndNotation => $"{Number}/{Notation}";

    /// <summary>Cleans the values (NFC, trimmed; the agency code and notation upper-cased). Validation is the caller's (the command validator).</summary>
    public static DocumentMetadata Create(
        string agencyCode,
        string agencyName,
        string number,
        string notation,
        DateOnly issuedOn,
        DocumentType type,
        string subject,
        string signerPosition,
        string signerName,
        int? pageCount,
        IEnumerable<string>? recipients,
        string? eOfficeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(notation);
        return new DocumentMetadata
        {
            AgencyCode = Common.AgencyCode.Normalize(agencyCode),
            AgencyName = Text.Clean(agencyName),
            Number = Text.Clean(number),
            Notation = Text.Clean(notation).ToUpperInvariant(),
            IssuedOn = issuedOn,
            Type = type,
            Subject = Text.Clean(subject),
            SignerPosition = Text.Clean(signerPosition),
            SignerName = Text.Clean(signerName),
            PageCount = pageCount,
            Recipients = (recipients ?? []).Select(Text.CleanOptional).OfType<string>().ToList(),
            EOfficeId = Text.CleanOptional(eOfficeId),
        };
    }

    /// <summary>Whether both describe the same document in every field (recipients in the same order).</summary>
    public bool SameAs(DocumentMetadata other) =>
        other is not null
        && AgencyCode == other.AgencyCode && AgencyName == other.AgencyName && Number == other.Number && Notation == other.Notation
        && IssuedOn == other.IssuedOn && Type == other.Type && Subject == other.Subject && SignerPosition == other.SignerPosition
        && SignerName == other.SignerName && PageCount == other.PageCount && EOfficeId == other.EOfficeId
        && Recipients.SequenceEqual(other.Recipients, StringComparer.Ordinal);
}
