using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests.Common;

public class DocumentReferenceTests
{
    private static readonly DateOnly Date = new(2025, 3, 12);

    [Fact]
    public void Equals_WhenSameNumberDateAndIssuer_IsEqual()
    {
        var first = DocumentReference.Create("1975/SYT-VP", Date, "Sở Y tế");
        var second = DocumentReference.Create("1975/SYT-VP", Date, "Sở Y tế");

        first.ShouldNotBeSameAs(second);
        first.ShouldBe(second);
        (first == second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void Equals_WhenNumberDiffers_IsNotEqual()
    {
        DocumentReference.Create("45/QĐ-SYT", Date).ShouldNotBe(DocumentReference.Create("46/QĐ-SYT", Date));
    }

    [Fact]
    public void Equals_WhenDateDiffers_IsNotEqual()
    {
        DocumentReference.Create("45/QĐ-SYT", Date).ShouldNotBe(DocumentReference.Create("45/QĐ-SYT", Date.AddDays(1)));
    }

    [Fact]
    public void Equals_WhenIssuerDiffers_IsNotEqual()
    {
        DocumentReference.Create("45/QĐ-SYT", Date, "Sở Y tế")
            .ShouldNotBe(DocumentReference.Create("45/QĐ-SYT", Date, "UBND tỉnh"));
        DocumentReference.Create("45/QĐ-SYT", Date, "Sở Y tế")
            .ShouldNotBe(DocumentReference.Create("45/QĐ-SYT", Date));
    }

    [Fact]
    public void Create_CleansNumberAndIssuer_SoThatEquivalentInputsAreEqual()
    {
        // "QĐ" and "Sở" typed with combining marks and stray whitespace.
        var typed = DocumentReference.Create("  45/QĐ-SYT ", Date, " So\u031B\u0309 Y te\u0302\u0301 ");
        var clean = DocumentReference.Create("45/QĐ-SYT", Date, "Sở Y tế");

        typed.Number.ShouldBe("45/QĐ-SYT");
        typed.Issuer.ShouldBe("Sở Y tế");
        typed.ShouldBe(clean);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenIssuerBlank_StoresNoIssuer(string issuer)
    {
        var reference = DocumentReference.Create("45/QĐ-SYT", Date, issuer);

        reference.Issuer.ShouldBeNull();
        reference.ShouldBe(DocumentReference.Create("45/QĐ-SYT", Date));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNumberBlank_ThrowsArgumentException(string number)
    {
        Should.Throw<ArgumentException>(() => DocumentReference.Create(number, Date));
    }
}
