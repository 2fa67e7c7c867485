using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents;

/// <summary>
/// Finds the signature dictionaries of a PDF (<c>/ByteRange</c> and <c>/Contents</c>) and verifies each CMS signature:
/// integrity, coverage of the file, the signer certificate's validity at signing and its chain to the configured trust
/// anchors. Never throws for a bad file: what cannot be read is reported as <see cref="SignatureStatus.Malformed"/>.
/// </summary>
public interface IPdfSignatureVerifier
{
    IReadOnlyList<SignatureCheck> Verify(ReadOnlySpan<byte> pdf, DateTimeOffset now);
}
