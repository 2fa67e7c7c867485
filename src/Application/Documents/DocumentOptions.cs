namespace ThiDua.Application.Documents;

/// <summary>Settings of stored documents (section <c>Documents</c>; ADR 0023).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Default largest file: 20 MiB, ample for a signed decision with its annexes as scanned pages.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Room for the metadata part and the multipart framing beside the file, in the upload's body limit.</summary>
    public const long MetadataAllowanceBytes = 64 * 1024;

    /// <summary>The largest PDF accepted, in bytes (<c>Documents:MaxFileBytes</c>); a larger one gets 413 <c>document.file_too_large</c>.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>
    /// Paths of the trust anchors' certificates (PEM, one or more certificates a file, or DER), e.g. the root
    /// certificates of the Government CA (Ban Cơ yếu Chính phủ) in production. A signature whose certificate chains to
    /// none of them is recorded as <c>untrusted</c>. Relative paths are taken from the application's directory.
    /// </summary>
    public IList<string> TrustAnchors { get; } = [];

    /// <summary>The upload's whole body may be this large: the file and the metadata beside it.</summary>
    public long MaxUploadBytes => MaxFileBytes + MetadataAllowanceBytes;
}
