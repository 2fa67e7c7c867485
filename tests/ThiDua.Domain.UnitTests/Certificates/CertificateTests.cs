using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Certificates;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests.Certificates;

/// <summary>Certificates of the register: content, numbers, tokens, reissue and the status a verification shows.</summary>
public class CertificateTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DocumentReference Decision = DocumentReference.Create("120/QĐ-SYT", new DateOnly(2025, 12, 1), "Sở Y tế Hà Nam");

    private static CertificateContent Content(string awardTypeCode = AwardCatalogue.CommendationIndividual, string? position = "Điều dưỡng") =>
        CertificateContent.Create(
            "Sở Y tế Hà Nam", AwardCatalogue.Find(awardTypeCode)!, "Bà", " Nguyễn Thị Lan ", position, "Bệnh viện Đa khoa tỉnh Hà Nam",
            "Có thành tích xuất sắc", Decision, "Hà Nam", "Giám đốc", "Trần Văn An");

    private static Certificate Issue(int goldBook = 1, int number = 1) =>
        Certificate.Issue(AwardRecordId.New(), "Sở Y tế Hà Nam", 2025, Content(), goldBook, number, Now);

    [Theory]
    [InlineData("Giấy khen (cá nhân)", "Giấy khen")]
    [InlineData("Bằng khen của Chủ tịch UBND tỉnh (tập thể)", "Bằng khen của Chủ tịch UBND tỉnh")]
    [InlineData("Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở")]
    [InlineData("Cờ (thi đua) của tỉnh", "Cờ (thi đua) của tỉnh")]
    public void ThePrintedAwardName_DropsTheCataloguesRecipientQualifierOnly(string catalogue, string printed) =>
        CertificateContent.PrintedAwardName(catalogue).ShouldBe(printed);

    [Theory]
    [InlineData(RecipientKind.Individual, true, "Bà")]
    [InlineData(RecipientKind.Individual, false, "Ông")]
    [InlineData(RecipientKind.Collective, null, "Tập thể")]
    [InlineData(RecipientKind.Collective, true, "Tập thể")]
    public void TheSalutation_FollowsTheRecipient(RecipientKind kind, bool? female, string salutation) =>
        CertificateContent.SalutationFor(kind, female).ShouldBe(salutation);

    [Fact]
    public void Content_IsCleaned_AndCarriesTheDecisionAndTheAwardLevel()
    {
        var content = Content(AwardCatalogue.ProvincialMeritIndividual, position: "  ");

        (content.RecipientName, content.RecipientPosition, content.AwardName, content.AwardLevel).ShouldBe(("Nguyễn Thị Lan", (string?)null, "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial));
        (content.DecisionNumber, content.DecisionDate).ShouldBe(("120/QĐ-SYT", new DateOnly(2025, 12, 1)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 1)]
    public void Numbers_StartAt1(int goldBook, int number) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Issue(goldBook, number));

    [Fact]
    public void Issue_KeysTheRegisterByTheUpperCasedIssuer_AndGivesA128BitToken()
    {
        var certificate = Issue(1, 1);

        (certificate.IssuerKey, certificate.Year, certificate.GoldBookNumber, certificate.CertificateNumber, certificate.IsReissue).ShouldBe(("SỞ Y TẾ HÀ NAM", 2025, 1, 1, false));
        certificate.VerificationToken.Length.ShouldBe(Certificate.TokenLength);
        Convert.FromBase64String(certificate.VerificationToken.Replace('-', '+').Replace('_', '/') + "==").Length.ShouldBe(16);
        certificate.StatusWith(awardRevoked: false).ShouldBe(CertificateStatus.Valid);
        certificate.StatusWith(awardRevoked: true).ShouldBe(CertificateStatus.Revoked);
    }

    [Fact]
    public void Tokens_AreNotRepeated()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => Certificate.NewToken()).ToList();

        tokens.Distinct(StringComparer.Ordinal).Count().ShouldBe(1000);
        tokens.ShouldAllBe(t => t.Length == Certificate.TokenLength && t.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'));
    }

    [Fact]
    public void Reissue_KeepsTheGoldBookNumber_TakesTheNewNumberAndToken_AndSupersedesTheOriginal()
    {
        var original = Issue(7, 9);

        var reissue = original.Reissue(" Bị mất ", 15, awardRevoked: false, Now.AddDays(100));

        (reissue.GoldBookNumber, reissue.CertificateNumber, reissue.IsReissue, reissue.ReissueReason, reissue.ReplacesId).ShouldBe((7, 15, true, "Bị mất", (CertificateId?)original.Id));
        (reissue.AwardId, reissue.IssuerKey, reissue.Year, reissue.Content.RecipientName).ShouldBe((original.AwardId, original.IssuerKey, 2025, "Nguyễn Thị Lan"));
        reissue.Content.ShouldNotBeSameAs(original.Content);
        reissue.VerificationToken.ShouldNotBe(original.VerificationToken);
        original.SupersededById.ShouldBe(reissue.Id);
        original.StatusWith(awardRevoked: false).ShouldBe(CertificateStatus.Superseded);
        original.StatusWith(awardRevoked: true).ShouldBe(CertificateStatus.Revoked);
        reissue.StatusWith(awardRevoked: false).ShouldBe(CertificateStatus.Valid);
    }

    [Fact]
    public void Reissue_OfASupersededCertificate_Throws()
    {
        var original = Issue();
        original.Reissue("Bị mất", 2, awardRevoked: false, Now);

        DomainAssert.ShouldViolate(CertificateErrors.AlreadySuperseded, () => original.Reissue("Bị mất lần nữa", 3, awardRevoked: false, Now));
    }

    [Fact]
    public void Reissue_OfARevokedAward_Throws()
    {
        var original = Issue();

        DomainAssert.ShouldViolate(CertificateErrors.AwardRevoked, () => original.Reissue("Bị mất", 2, awardRevoked: true, Now));
        original.SupersededById.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reissue_NeedsAReason(string reason) =>
        Should.Throw<ArgumentException>(() => Issue().Reissue(reason, 2, awardRevoked: false, Now));
}
