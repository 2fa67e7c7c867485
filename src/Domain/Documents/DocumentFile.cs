using System.Security.Cryptography;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents;

/// <summary>
/// What the document record says of its file: name, size and SHA-256. The bytes are kept apart (an
/// <c>IDocumentFileStore</c>) and never change; the hash identifies them.
/// </summary>
public sealed record DocumentFile
{
    public const int FileNameMaxLength = 255;
    public const string PdfContentType = "application/pdf";

    /// <summary>ISO 32000-1 §7.5.2: a PDF file begins with the header <c>%PDF-</c> followed by its version.</summary>
    private static ReadOnlySpan<byte> PdfHeader => "%PDF-"u8;

    private DocumentFile()
    {
    }

    public string FileName { get; private init; } = null!;

    public string ContentType { get; private init; } = PdfContentType;

    public long Size { get; private init; }

    /// <summary>SHA-256 of the bytes, lower-case hex (64 characters).</summary>
    public string Sha256 { get; private init; } = null!;

    /// <summary>
    /// Describes a PDF's bytes. The type comes from the content, never from the name: bytes that do not start with
    /// <c>%PDF-</c> are refused (<see cref="DocumentErrors.NotPdf"/>) whatever they are called.
    /// </summary>
    public static DocumentFile OfPdf(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.IsEmpty)
        {
            throw new DomainRuleViolationException(DocumentErrors.EmptyFile);
        }

        if (!content.StartsWith(PdfHeader))
        {
            throw new DomainRuleViolationException(DocumentErrors.NotPdf);
        }

        return new DocumentFile
        {
            FileName = SafeFileName(fileName),
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        };
    }

    /// <summary>The name without any path, control characters or quotes, at most 255 characters, ending in <c>.pdf</c>.</summary>
    public static string SafeFileName(string? fileName)
    {
        var name = Text.CleanOptional(fileName) ?? "van-ban.pdf";
        name = name[(Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\')) + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"').ToArray()).Trim();
        if (name.Length == 0 || name == ".pdf")
        {
            name = "van-ban.pdf";
        }

        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }

        return name.Length <= FileNameMaxLength ? name : name[..(FileNameMaxLength - 4)] + ".pdf";
    }
}
