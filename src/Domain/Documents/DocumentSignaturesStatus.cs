namespace ThiDua.Domain.Documents;

/// <summary>What the signature checks of a document's file found, all signatures taken together.</summary>
public enum DocumentSignaturesStatus
{
    /// <summary>Only metadata was recorded: there is no file to check.</summary>
    NoFile = 1,

    /// <summary>The PDF has no signature dictionary.</summary>
    NotSigned = 2,

    /// <summary>Every signature is <see cref="SignatureStatus.Valid"/>.</summary>
    Valid = 3,

    /// <summary>At least one signature is not valid; see each signature's status.</summary>
    Invalid = 4,
}
