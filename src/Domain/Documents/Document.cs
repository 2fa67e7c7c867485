using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents;

/// <summary>
/// A stored administrative document (văn bản): its Decree 30/2020/NĐ-CP metadata and, optionally, its PDF, kept
/// immutably with its SHA-256 and the results of verifying its embedded signatures at upload. A document is identified
/// by its issuing agency code, number, notation, issued date and type: the same identity cannot be stored twice
/// (<see cref="DocumentErrors.Duplicate"/>). Other resources cite documents by <see cref="DocumentId"/> (ADR 0029).
/// </summary>
public sealed class Document : AggregateRoot<DocumentId>
{
    private readonly List<SignatureCheck> _signatures = [];

    private Document()
    {
    }

    public DocumentMetadata Metadata { get; private set; } = null!;

    /// <summary>The PDF's description; null when only metadata was recorded.</summary>
    public DocumentFile? File { get; private set; }

    public DocumentSignaturesStatus SignaturesStatus { get; private set; }

    /// <summary>One entry per signature dictionary found in the file, in file order.</summary>
    public IReadOnlyCollection<SignatureCheck> Signatures => _signatures.AsReadOnly();

    public static Document Record(DocumentMetadata metadata, DocumentFile? file, IReadOnlyList<SignatureCheck> signatures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(signatures);
        if (file is null && signatures.Count > 0)
        {
            throw new ArgumentException("Signatures are checks of a file.", nameof(signatures));
        }

        var document = new Document
        {
            Id = DocumentId.New(),
            Metadata = metadata,
            File = file,
            SignaturesStatus = StatusOf(file is not null, signatures),
        };
        document._signatures.AddRange(signatures.OrderBy(s => s.Index));
        document.Touch(now);
        document.Raise(new Events.DocumentReceivedDomainEvent(document.Id, now));
        return document;
    }

    /// <summary>All signatures taken together.</summary>
    public static DocumentSignaturesStatus StatusOf(bool hasFile, IReadOnlyCollection<SignatureCheck> signatures)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        return !hasFile ? DocumentSignaturesStatus.NoFile
            : signatures.Count == 0 ? DocumentSignaturesStatus.NotSigned
            : signatures.All(s => s.Status == SignatureStatus.Valid) ? DocumentSignaturesStatus.Valid
            : DocumentSignaturesStatus.Invalid;
    }

    /// <summary>
    /// Whether an upload is a retry of this document: the same metadata and the same bytes (or, both, no file). Such an
    /// upload gets this document back instead of <see cref="DocumentErrors.Duplicate"/>.
    /// </summary>
    public bool IsSameUpload(DocumentMetadata metadata, string? sha256) =>
        Metadata.SameAs(metadata) && string.Equals(File?.Sha256, sha256, StringComparison.Ordinal);
}
