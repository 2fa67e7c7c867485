using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Domain.UnitTests;

/// <summary>References to documents stored in ThiDua, as the steps that require one take them (ADR 0029).</summary>
internal static class TestDocuments
{
    /// <summary>A hospital's submission (tờ trình) of its dossier.</summary>
    public static readonly DocumentReference Submission =
        DocumentReference.Create("12/TTr-BVĐK", new DateOnly(2025, 11, 20), "Bệnh viện Đa khoa tỉnh Hà Nam", DocumentId.New());

    /// <summary>A decision (quyết định) of the Sở Y tế on <paramref name="date"/>, stored in ThiDua.</summary>
    public static DocumentReference Decision(string number, DateOnly date, string issuer = "Sở Y tế Hà Nam") =>
        DocumentReference.Create(number, date, issuer, DocumentId.New());
}
