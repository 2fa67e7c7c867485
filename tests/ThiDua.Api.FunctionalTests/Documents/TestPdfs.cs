using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ThiDua.Api.FunctionalTests.Documents;

/// <summary>
/// PDFs for the document tests: made with PDFsharp 6.2.4 (MIT), and signed here as PAdES signers do: an incremental
/// update appends a signature dictionary with a placeholder <c>/Contents</c>, the <c>/ByteRange</c> around it is
/// filled in, a detached CMS (SignedCms, SHA-256, signed <c>signingTime</c>) over those bytes is made and its hex
/// patched into the placeholder.
/// </summary>
public static partial class TestPdfs
{
    /// <summary>Room for the CMS in the placeholder, in bytes (hex doubles it).</summary>
    private const int ContentsBytes = 8192;

    private static int nextObject = 9000;

    /// <summary>A PDF of <paramref name="pages"/> empty pages with a title, as PDFsharp writes it.</summary>
    public static byte[] Create(string title = "Quyết định khen thưởng", int pages = 1)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        for (var i = 0; i < pages; i++)
        {
            document.AddPage();
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Signs <paramref name="pdf"/> with <paramref name="signer"/> in a new incremental update.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, DateTimeOffset? signingTime = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(signer);
        var at = signingTime ?? DateTimeOffset.UtcNow;
        var original = Encoding.Latin1.GetString(pdf);
        var prevXref = StartXrefPattern().Matches(original)[^1].Groups[1].Value;
        var root = RootPattern().Match(original).Groups[1].Value;
        var number = Interlocked.Increment(ref nextObject);
        const string Placeholder = "0000000000";
        var objectOffset = pdf.Length + 1;
        var signature = new StringBuilder()
            .Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached ")
            .Append(CultureInfo.InvariantCulture, $"/M (D:{at.UtcDateTime:yyyyMMddHHmmss}Z) ")
            .Append(CultureInfo.InvariantCulture, $"/ByteRange [0 {Placeholder} {Placeholder} {Placeholder}] ")
            .Append("/Contents <").Append(new string('0', ContentsBytes * 2)).Append("> >>\nendobj\n")
            .ToString();
        var xrefOffset = objectOffset + signature.Length - 1;
        var tail = new StringBuilder()
            .Append("xref\n0 1\n0000000000 65535 f \n")
            .Append(CultureInfo.InvariantCulture, $"{number} 1\n{objectOffset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {number + 1} /Root {root} /Prev {prevXref} >>\nstartxref\n{xrefOffset}\n%%EOF\n")
            .ToString();
        var bytes = pdf.Concat(Encoding.Latin1.GetBytes(signature + tail)).ToArray();

        var text = Encoding.Latin1.GetString(bytes);
        var holeStart = text.IndexOf("/Contents <", pdf.Length, StringComparison.Ordinal) + "/Contents ".Length;
        var holeEnd = holeStart + (ContentsBytes * 2) + 2;
        var range = $"[0 {holeStart,10} {holeEnd,10} {bytes.Length - holeEnd,10}]";
        var rangeAt = text.IndexOf($"[0 {Placeholder} {Placeholder} {Placeholder}]", pdf.Length, StringComparison.Ordinal);
        Encoding.Latin1.GetBytes(range).CopyTo(bytes, rangeAt);

        var signed = bytes[..holeStart].Concat(bytes[holeEnd..]).ToArray();
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(at.UtcDateTime));
        cms.ComputeSignature(cmsSigner, silent: true);
        var hex = Convert.ToHexString(cms.Encode());
        if (hex.Length > ContentsBytes * 2)
        {
            throw new InvalidOperationException("The CMS does not fit the placeholder.");
        }

        Encoding.ASCII.GetBytes(hex).CopyTo(bytes, holeStart + 1);
        return bytes;
    }

    /// <summary>An incremental update with no signature, appended after signing (e.g. an edited annotation).</summary>
    public static byte[] AppendUnsignedUpdate(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var number = Interlocked.Increment(ref nextObject);
        var update = $"\n{number} 0 obj\n<< /Type /Annot /Subtype /Text /Contents (Sửa sau khi ký) >>\nendobj\n";
        return pdf.Concat(Encoding.Latin1.GetBytes(update)).ToArray();
    }

    /// <summary>The same bytes with one byte of the signed content changed.</summary>
    public static byte[] Tamper(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var copy = pdf.ToArray();
        var title = Encoding.Latin1.GetString(copy).IndexOf("/Title", StringComparison.Ordinal);
        var at = title >= 0 ? title + 8 : 20;
        copy[at] = (byte)(copy[at] == (byte)'X' ? 'Y' : 'X');
        return copy;
    }

    /// <summary>A PDF whose signature dictionary's /ByteRange points outside the file.</summary>
    public static byte[] WithBrokenSignatureDictionary()
    {
        var pdf = Create("Văn bản có chữ ký hỏng");
        var broken = $"\n9999 0 obj\n<< /Type /Sig /ByteRange [0 10 {pdf.Length + 5000} 99999] /Contents <3082> >>\nendobj\n";
        return pdf.Concat(Encoding.Latin1.GetBytes(broken)).ToArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootPattern();
}
