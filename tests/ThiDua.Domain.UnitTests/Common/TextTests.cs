using System.Text;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests.Common;

public class TextTests
{
    // "Thi đua – khen thưởng": ư = u + U+031B (horn), ở = o + U+031B + U+0309 (hook above).
    // (The letter đ, U+0111, has no canonical decomposition, so the marks are on "thưởng".)
    private const string DecomposedPhrase = "Thi đua – khen thu\u031Bo\u031B\u0309ng";
    private const string ComposedPhrase = "Thi đua – khen th\u01B0\u1EDFng";

    [Fact]
    public void Clean_WhenVietnameseIsDecomposed_ReturnsNfc()
    {
        DecomposedPhrase.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();

        var cleaned = Text.Clean(DecomposedPhrase);

        cleaned.ShouldBe(ComposedPhrase);
        cleaned.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        cleaned.Length.ShouldBeLessThan(DecomposedPhrase.Length);
    }

    [Theory]
    [InlineData("So\u031B\u0309 Y te\u0302\u0301")] // fully decomposed
    [InlineData("S\u01A1\u0309 Y t\u00EA\u0301")] // base letter with horn/circumflex, tone mark combining (as some keyboards type it)
    [InlineData("S\u1EDF Y t\u1EBF")] // already NFC
    public void Clean_WhenSameWordsInAnyComposition_ReturnsTheSameNfcString(string input)
    {
        Text.Clean(input).ShouldBe("S\u1EDF Y t\u1EBF");
    }

    [Fact]
    public void Clean_WhenSurroundedByWhitespace_Trims()
    {
        Text.Clean("  \tSở Y tế Hà Nội \r\n").ShouldBe("Sở Y tế Hà Nội");
    }

    [Fact]
    public void Clean_WhenNull_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => Text.Clean(null!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void CleanOptional_WhenNullOrWhitespace_ReturnsNull(string? input)
    {
        Text.CleanOptional(input).ShouldBeNull();
    }

    [Fact]
    public void CleanOptional_WhenText_TrimsAndNormalises()
    {
        Text.CleanOptional("  " + DecomposedPhrase + " ").ShouldBe(ComposedPhrase);
    }
}
