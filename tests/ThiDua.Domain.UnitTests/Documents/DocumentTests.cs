using System.Text;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Domain.UnitTests.Documents;

public class DocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    private static DocumentMetadata Metadata(string subject = "Về việc khen thưởng", string[]? recipients = null) =>
        DocumentMetadata.Create(" 000.00.00.h56 ", "Sở Y tế tỉnh Thanh Hóa", "45", "qđ-syt", new DateOnly(2026, 11, 20), DocumentType.Decision,
            subject, "Giám đốc", "Nguyễn Văn An", 2, recipients ?? ["Như Điều 3", " ", "Lưu: VT"], null);

    private static SignatureCheck Check(int index, bool covers = true, bool later = false, bool integrity = true, bool trusted = true, bool valid = true) =>
        SignatureCheck.Verified(index, "A", "CN=A", "CN=CA", "01", Now, covers, later, integrity, trusted, valid, null, Now);

    [Fact]
    public void Metadata_IsCleaned_AgencyCodeAndNotationUpperCased_BlankRecipientsDropped()
    {
        var metadata = Metadata();

        metadata.AgencyCode.ShouldBe("000.00.00.H56");
        metadata.Notation.ShouldBe("QĐ-SYT");
        metadata.NumberAndNotation.ShouldBe("45/QĐ-SYT");
        metadata.Recipients.ShouldBe(["Như Điều 3", "Lưu: VT"]);
    }

    [Fact]
    public void Metadata_SameAs_ComparesEveryField_RecipientsInOrder()
    {
        Metadata().SameAs(Metadata()).ShouldBeTrue();
        Metadata().SameAs(Metadata(subject: "Khác")).ShouldBeFalse();
        Metadata().SameAs(Metadata(recipients: ["Lưu: VT", "Như Điều 3"])).ShouldBeFalse();
    }

    [Fact]
    public void OfPdf_HashesTheBytes_AndKeepsTheName()
    {
        var file = DocumentFile.OfPdf(Pdf, "QĐ 45.pdf");

        file.Size.ShouldBe(Pdf.Length);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        file.Sha256.Length.ShouldBe(64);
        file.FileName.ShouldBe("QĐ 45.pdf");
        file.ContentType.ShouldBe("application/pdf");
    }

    [Theory]
    [InlineData("PDF-1.7")]
    [InlineData(" %PDF-1.7")]
    [InlineData("%PDF")]
    [InlineData("<html>%PDF-")]
    public void OfPdf_RefusesContentThatDoesNotStartWithThePdfHeader(string content) =>
        Should.Throw<DomainRuleViolationException>(() => DocumentFile.OfPdf(Encoding.ASCII.GetBytes(content), "a.pdf"))
            .Error.ShouldBe(DocumentErrors.NotPdf);

    [Fact]
    public void OfPdf_RefusesAnEmptyFile() =>
        Should.Throw<DomainRuleViolationException>(() => DocumentFile.OfPdf([], "a.pdf")).Error.ShouldBe(DocumentErrors.EmptyFile);

    [Fact]
    public void OfPdf_AcceptsTheHeaderAlone() =>
        DocumentFile.OfPdf(Encoding.ASCII.GetBytes("%PDF-"), null).Size.ShouldBe(5);

    [Theory]
    [InlineData(null, "van-ban.pdf")]
    [InlineData("", "van-ban.pdf")]
    [InlineData("C:\\Users\\vt\\QĐ 45.pdf", "QĐ 45.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("a\"b\r\n.PDF", "ab.PDF")]
    [InlineData("quyet-dinh", "quyet-dinh.pdf")]
    public void SafeFileName_DropsPathsQuotesAndControls(string? name, string expected) =>
        DocumentFile.SafeFileName(name).ShouldBe(expected);

    [Fact]
    public void SafeFileName_IsAtMost255Characters()
    {
        var name = DocumentFile.SafeFileName(new string('a', 300) + ".pdf");

        name.Length.ShouldBe(DocumentFile.FileNameMaxLength);
        name.ShouldEndWith(".pdf");
    }

    [Theory]
    [InlineData(true, true, true, true, SignatureStatus.Valid)]
    [InlineData(false, true, true, true, SignatureStatus.NotCoveringWholeFile)]
    [InlineData(true, true, false, true, SignatureStatus.Untrusted)]
    [InlineData(false, true, false, true, SignatureStatus.Untrusted)]
    [InlineData(true, true, true, false, SignatureStatus.CertificateNotValidAtSigning)]
    [InlineData(true, true, false, false, SignatureStatus.CertificateNotValidAtSigning)]
    [InlineData(true, false, true, true, SignatureStatus.Tampered)]
    [InlineData(false, false, false, false, SignatureStatus.Tampered)]
    public void SignatureStatus_IsTheFirstFailedCheck(bool covers, bool integrity, bool trusted, bool valid, SignatureStatus expected) =>
        SignatureCheck.StatusOf(covers, integrity, trusted, valid).ShouldBe(expected);

    [Fact]
    public void Signature_NotCoveringTheFile_IsValidWhenALaterSignatureCoversTheRest()
    {
        Check(1, covers: false, later: true).Status.ShouldBe(SignatureStatus.Valid);
        Check(1, covers: false, later: false).Status.ShouldBe(SignatureStatus.NotCoveringWholeFile);
    }

    [Fact]
    public void Malformed_IsMalformed() =>
        SignatureCheck.Malformed(1, "bad", Now).Status.ShouldBe(SignatureStatus.Malformed);

    [Fact]
    public void DocumentStatus_ForNoFile_ZeroOneTwoAndManySignatures()
    {
        Document.StatusOf(false, []).ShouldBe(DocumentSignaturesStatus.NoFile);
        Document.StatusOf(true, []).ShouldBe(DocumentSignaturesStatus.NotSigned);
        Document.StatusOf(true, [Check(1)]).ShouldBe(DocumentSignaturesStatus.Valid);
        Document.StatusOf(true, [Check(1, trusted: false)]).ShouldBe(DocumentSignaturesStatus.Invalid);
        Document.StatusOf(true, [Check(1, covers: false, later: true), Check(2)]).ShouldBe(DocumentSignaturesStatus.Valid);
        Document.StatusOf(true, [Check(1), Check(2, integrity: false)]).ShouldBe(DocumentSignaturesStatus.Invalid);
        Document.StatusOf(true, [Check(1, covers: false, later: true), Check(2, covers: false, later: true), Check(3)]).ShouldBe(DocumentSignaturesStatus.Valid);
        Document.StatusOf(true, [Check(1), SignatureCheck.Malformed(2, "bad", Now)]).ShouldBe(DocumentSignaturesStatus.Invalid);
    }

    [Fact]
    public void Record_OrdersSignatures_AndAnswersWhetherAnUploadIsTheSame()
    {
        var file = DocumentFile.OfPdf(Pdf, "a.pdf");
        var document = Document.Record(Metadata(), file, [Check(2), Check(1, covers: false, later: true)], Now);

        document.Signatures.Select(s => s.Index).ShouldBe([1, 2]);
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Valid);
        document.CreatedAt.ShouldBe(Now);
        document.IsSameUpload(Metadata(), file.Sha256).ShouldBeTrue();
        document.IsSameUpload(Metadata(), null).ShouldBeFalse();
        document.IsSameUpload(Metadata(subject: "Khác"), file.Sha256).ShouldBeFalse();
        Document.Record(Metadata(), null, [], Now).IsSameUpload(Metadata(), null).ShouldBeTrue();
    }

    [Fact]
    public void Record_WithoutAFile_TakesNoSignatures() =>
        Should.Throw<ArgumentException>(() => Document.Record(Metadata(), null, [Check(1)], Now));
}
