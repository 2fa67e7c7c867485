using System.Text;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants.Events;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using static ThiDua.Domain.UnitTests.Covenants.TestCovenants;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Covenants;

/// <summary><see cref="Covenant.Sign"/>: who may sign, until when, and when the covenant comes into force.</summary>
public class CovenantSignTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);
    private static readonly DateOnly LeftOn = new(Year, 5, 15);

    [Fact]
    public void Sign_WithTheSignedCovenant_KeepsTheStoredDocument_AndRefusesACitationOnly()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")]);
        var cited = DocumentReference.Create("01/GƯ-CTĐ2", new DateOnly(Year, 3, 10), "Cụm thi đua số 2");
        var stored = TestDocuments.Decision("01/GƯ-CTĐ2", new DateOnly(Year, 3, 10), "Cụm thi đua số 2");

        DomainAssert.ShouldViolate(ThiDua.Domain.Documents.DocumentErrors.NotStored, () => covenant.Sign(term, a.Id, Officer, null, Later, signedCovenant: cited));
        covenant.Signatures.ShouldBeEmpty();
        covenant.Sign(term, a.Id, Officer, null, Later, signedCovenant: stored).Document.ShouldBe(stored);
    }

    [Fact]
    public void Sign_WhenCurrentMemberBeforeDeadline_RecordsSignatureAndRaisesEvent()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")]);

        var signature = covenant.Sign(term, a.Id, Officer, "Giám đốc Nguyễn Văn A", Later);

        signature.Id.ShouldNotBe(Guid.Empty);
        signature.UnitId.ShouldBe(a.Id);
        signature.SignedBy.ShouldBe(Officer);
        signature.SignatoryName.ShouldBe("Giám đốc Nguyễn Văn A");
        signature.SignedAt.ShouldBe(Later);
        covenant.Signatures.ShouldBe([signature]);
        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.UpdatedAt.ShouldBe(Later);
        covenant.DomainEvents.ShouldHaveSingleItem()
            .ShouldBe(new CovenantSignedDomainEvent(covenant.Id, a.Id, false, Later));
    }

    [Fact]
    public void Sign_WhenLastCurrentMemberSigns_PutsCovenantInForce()
    {
        var a = Active("BV-01");
        var b = Active("BV-02");
        var c = Active("BV-03");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, b, c]);

        covenant.SignFor(term, a, Now.AddHours(1));
        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.SignFor(term, b, Now.AddHours(2));
        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.SignFor(term, c, Now.AddHours(3));

        covenant.Status.ShouldBe(CovenantStatus.InForce);
        covenant.Signatures.Select(s => s.UnitId).ShouldBe([a.Id, b.Id, c.Id]);
        covenant.UpdatedAt.ShouldBe(Now.AddHours(3));
        covenant.DomainEvents.OfType<CovenantSignedDomainEvent>().ShouldBe(
        [
            new CovenantSignedDomainEvent(covenant.Id, a.Id, false, Now.AddHours(1)),
            new CovenantSignedDomainEvent(covenant.Id, b.Id, false, Now.AddHours(2)),
            new CovenantSignedDomainEvent(covenant.Id, c.Id, true, Now.AddHours(3)),
        ]);
    }

    [Fact]
    public void Sign_WhenSoleMemberSigns_PutsCovenantInForceAtOnce()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a]);

        covenant.SignFor(term, a, Later);

        covenant.Status.ShouldBe(CovenantStatus.InForce);
        covenant.DomainEvents.OfType<CovenantSignedDomainEvent>().ShouldHaveSingleItem().InForce.ShouldBeTrue();
    }

    [Theory]
    [InlineData(CovenantStatus.Draft)]
    [InlineData(CovenantStatus.InForce)]
    [InlineData(CovenantStatus.Scoring)]
    public void Sign_WhenNotOpenForSigning_ThrowsNotOpenForSigning(CovenantStatus status)
    {
        var (covenant, term, member) = TestCovenants.InStatus(status);
        var signatures = covenant.Signatures.Count;
        var events = covenant.DomainEvents.Count;
        var updatedAt = covenant.UpdatedAt;

        var exception = DomainAssert.ShouldViolate(CovenantErrors.NotOpenForSigning, () => covenant.SignFor(term, member, Later));

        exception.Error.Message.ShouldContain($"(status: '{ApiName.Of(status)}')", Case.Sensitive);
        exception.Error.Text.Vi.ShouldContain($"(trạng thái: '{ApiName.Of(status)}')", Case.Sensitive);
        covenant.Signatures.Count.ShouldBe(signatures);
        covenant.DomainEvents.Count.ShouldBe(events);
        covenant.UpdatedAt.ShouldBe(updatedAt);
    }

    [Fact]
    public void Sign_WhenInForceAndOtherUnitJoinsTermLater_ThrowsNotOpenForSigning()
    {
        var a = Active("BV-01");
        var late = Active("BV-02");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([a]);
        covenant.SignFor(term, a);
        cluster.AddMember(Year, late, new DateOnly(Year, 9, 1), NoOtherGroupings, Later);

        DomainAssert.ShouldViolate(CovenantErrors.NotOpenForSigning, () => covenant.SignFor(term, late, Later));
    }

    [Theory]
    [InlineData("2025-06-30T00:00:00+07:00")]
    [InlineData("2025-06-30T23:59:59.9999999+07:00")]
    [InlineData("2025-06-30T16:59:59+00:00")] // 23:59:59 on 30 June in Hà Nội
    [InlineData("2025-01-01T00:00:00+07:00")]
    public void Sign_WhenVietnamDateOnOrBeforeDeadline_RecordsSignature(string at)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")], Terms(deadline: new DateOnly(Year, 6, 30)));

        var signature = covenant.SignFor(term, a, now);

        signature.SignedAt.ShouldBe(now);
        covenant.Signatures.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("2025-07-01T00:00:00+07:00")]
    [InlineData("2025-06-30T17:00:00+00:00")] // 1 July 00:00 in Hà Nội
    [InlineData("2025-06-30T12:00:00-05:00")] // 30 June where the client is, 1 July in Hà Nội
    [InlineData("2025-12-31T12:00:00+00:00")]
    public void Sign_WhenVietnamDateAfterDeadline_ThrowsSigningDeadlinePassed(string at)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")], Terms(deadline: new DateOnly(Year, 6, 30)));

        DomainAssert.ShouldViolate(CovenantErrors.SigningDeadlinePassed, () => covenant.SignFor(term, a, now));

        covenant.Signatures.ShouldBeEmpty();
        covenant.DomainEvents.ShouldBeEmpty();
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Sign_WhenUnitNeverMember_ThrowsSignatoryNotMember()
    {
        var (_, term, covenant) = TestCovenants.OpenForSigning([Active("BV-01")]);
        var outsider = Active("BV-99");

        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(term, outsider, Later));

        covenant.Signatures.ShouldBeEmpty();
        covenant.DomainEvents.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(MemberLeaveReason.Merged)]
    [InlineData(MemberLeaveReason.Dissolved)]
    public void Sign_WhenUnitLeftTermByReorganisation_ThrowsSignatoryNotMember(MemberLeaveReason reason)
    {
        var gone = Active("BV-01");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([gone, Active("BV-02")]);
        cluster.RecordUnitLeft(gone.Id, LeftOn, reason, Now);

        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(term, gone, Later));

        covenant.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Sign_WhenUnitRemovedFromTerm_ThrowsSignatoryNotMember()
    {
        var removed = Active("BV-01");
        var stays = Active("BV-02");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([removed, stays]);
        cluster.Define([stays]);

        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(term, removed, Later));
    }

    [Fact]
    public void Sign_WhenTermOfAnotherYear_ThrowsSignatoryNotMember()
    {
        var a = Active("BV-01");
        var (cluster, _, covenant) = TestCovenants.OpenForSigning([a]);
        var previous = cluster.Define([a], year: Year - 1);
        var next = cluster.Define([a], year: Year + 1);

        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(previous, a, Later));
        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(next, a, Later));

        covenant.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Sign_WhenUnitAlreadySigned_ThrowsAlreadySigned()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a, Active("BV-02")]);
        var first = covenant.SignFor(term, a, Now);

        DomainAssert.ShouldViolate(CovenantErrors.AlreadySigned, () => covenant.SignFor(term, a, Later, "Phó Giám đốc"));

        covenant.Signatures.ShouldBe([first]);
        covenant.DomainEvents.Count.ShouldBe(1);
        covenant.UpdatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(MemberLeaveReason.Merged)]
    [InlineData(MemberLeaveReason.Dissolved)]
    public void Sign_WhenMemberLeftByReorganisationBeforeSigning_IsNotRequiredForInForce(MemberLeaveReason reason)
    {
        var a = Active("BV-01");
        var b = Active("BV-02");
        var gone = Active("BV-03");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([a, gone, b]);
        cluster.RecordUnitLeft(gone.Id, LeftOn, reason, Now);

        covenant.SignFor(term, a, Later);
        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.SignFor(term, b, Later.AddHours(1));

        covenant.Status.ShouldBe(CovenantStatus.InForce);
        covenant.Signatures.Select(s => s.UnitId).ShouldNotContain(gone.Id);
        covenant.DomainEvents.OfType<CovenantSignedDomainEvent>().Select(e => e.InForce).ShouldBe([false, true]);
    }

    [Fact]
    public void Sign_WhenSignedMemberLeavesThenOthersSign_PutsCovenantInForce()
    {
        var a = Active("BV-01");
        var b = Active("BV-02");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([a, b]);
        covenant.SignFor(term, a, Now);
        cluster.RecordUnitLeft(a.Id, LeftOn, MemberLeaveReason.Merged, Now);

        covenant.SignFor(term, b, Later);

        covenant.Status.ShouldBe(CovenantStatus.InForce);
        covenant.Signatures.Count.ShouldBe(2); // the signature of the unit that left is kept
    }

    [Fact]
    public void Sign_WhenUnitJoinedTermDuringYear_IsRequiredForInForce()
    {
        var a = Active("BV-01");
        var late = Active("BV-02");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([a]);
        cluster.AddMember(Year, late, new DateOnly(Year, 6, 1), NoOtherGroupings, Now);

        covenant.SignFor(term, a, Later);
        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
        covenant.SignFor(term, late, Later);

        covenant.Status.ShouldBe(CovenantStatus.InForce);
    }

    [Fact]
    public void Sign_WhenSignatoryNamePaddedAndDecomposed_StoresTrimmedNfcName()
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a]);
        var decomposed = "Giám đốc Nguyễn Văn A".Normalize(NormalizationForm.FormD);

        var signature = covenant.SignFor(term, a, Later, $"  {decomposed}  ");

        signature.SignatoryName.ShouldBe("Giám đốc Nguyễn Văn A".Normalize(NormalizationForm.FormC));
        signature.SignatoryName!.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Sign_WhenSignatoryNameBlank_StoresNoName(string? name)
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a]);

        var signature = covenant.SignFor(term, a, Later, name);

        signature.SignatoryName.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Sign_WhenSignedByBlank_ThrowsArgumentException(string signedBy)
    {
        var a = Active("BV-01");
        var (_, term, covenant) = TestCovenants.OpenForSigning([a]);

        Should.Throw<ArgumentException>(() => covenant.Sign(term, a.Id, signedBy, null, Later));

        covenant.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void Sign_WhenTermNull_ThrowsArgumentNullException()
    {
        var a = Active("BV-01");
        var (_, _, covenant) = TestCovenants.OpenForSigning([a]);

        Should.Throw<ArgumentNullException>(() => covenant.Sign(null!, a.Id, Officer, null, Later));
    }

    [Fact]
    public void Sign_WhenTermOfAnotherClusterSameYear_ThrowsSignatoryNotMember()
    {
        var member = Active("BV-01");
        var (_, _, covenant) = TestCovenants.OpenForSigning([member]);
        var otherCluster = TestClusters.Create(Active("SYT-2"));
        var stranger = Active("BV-99");
        var otherTerm = otherCluster.Define([stranger]);

        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(otherTerm, stranger, Later));

        covenant.Status.ShouldBe(CovenantStatus.OpenForSigning);
    }

    /// <summary>
    /// The last unsigned member leaves the term after the others signed: every current member has signed, so the council
    /// can open scoring (the covenant is in force), although no further signature can be given.
    /// </summary>
    [Fact]
    public void OpenForScoring_WhenLastUnsignedMemberLeftAfterOthersSigned_OpensScoring()
    {
        var a = Active("BV-01");
        var b = Active("BV-02");
        var gone = Active("BV-03");
        var (cluster, term, covenant) = TestCovenants.OpenForSigning([a, b, gone]);
        covenant.SignFor(term, a, Now);
        covenant.SignFor(term, b, Now);

        cluster.RecordUnitLeft(gone.Id, LeftOn, MemberLeaveReason.Dissolved, Later);

        term.Members.Where(m => m.IsCurrent).Select(m => m.UnitId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        DomainAssert.ShouldViolate(CovenantErrors.SignatoryNotMember, () => covenant.SignFor(term, gone, Later));
        covenant.OpenForScoring(term, Later);
        covenant.Status.ShouldBe(CovenantStatus.Scoring);
    }
}
