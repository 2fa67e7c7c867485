using System.Text;
using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Infrastructure.Persistence.Queries;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The C# fold (<see cref="SearchFolding"/>) and PostgreSQL's <c>thidua.search_fold</c> (unaccent) give the same text
/// (ADR 0030): on Vietnamese names, every Vietnamese letter in both cases, both Đ code points, NFC and NFD input,
/// full-width forms, white space and control characters.
/// </summary>
public sealed class SearchFoldingAgreementTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string VietnameseLetters =
        "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz";

    public static TheoryData<string> Samples()
    {
        var samples = new TheoryData<string>
        {
            "Bệnh viện Đa khoa tỉnh Thanh Hóa",
            "Bệnh viện Đa khoa tỉnh Thanh Hoá", // the older tone placement
            "ĐỨC",
            "Ðức", // U+00D0
            "ðức",
            "Trạm Y tế xã Đức Lạc, huyện Đức Thọ",
            "  Sở   Y tế\tHà\u00A0Nội \u2003",
            "Sở\u202FY\u2007tế\u3000Hà\u0085Nội\u2028x\u00ADy", // no-break, figure, ideographic spaces; NEL; soft hyphen
            "Mã\u0001đơn\u0000vị", // control characters
            "ＢＶ－ＰＳＨＮ　１２", // full-width forms and the ideographic space
            "A_1 %\\",
            "Ủy ban nhân dân xã Quang Trung",
            "Chi cục Dân số – Kế hoạch hóa gia đình — “Đề án 818” ‘a’ ‚ „ « » … ‹ › ′ ″ ‐ ‑ ‒ ―",
            "Trường THPT Lê Quý Đôn, huyện Phong Điền",
            "Bùi Thị Ngọc Ánh",
            "Nguyễn Thị Minh Khai",
            VietnameseLetters,
            string.Empty,
            "   ",
        };
        foreach (var form in new[] { NormalizationForm.FormD, NormalizationForm.FormC })
        {
            samples.Add(("Bệnh viện Đa khoa tỉnh Thanh Hóa " + VietnameseLetters).Normalize(form));
            samples.Add(VietnameseLetters.ToUpperInvariant().Normalize(form));
        }

        return samples;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task CSharpFold_EqualsThePostgresFold(string text)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT thidua.search_fold($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = text.Replace("\0", string.Empty, StringComparison.Ordinal) });
        var sql = (string)(await command.ExecuteScalarAsync(Ct))!;

        SearchFolding.Fold(text.Replace("\0", string.Empty, StringComparison.Ordinal)).ShouldBe(sql);
    }

    [Fact]
    public void Fold_OfVietnameseNames()
    {
        SearchFolding.Fold("Bệnh viện Đa khoa tỉnh Thanh Hóa").ShouldBe("benh vien da khoa tinh thanh hoa");
        SearchFolding.Fold("ĐỨC").ShouldBe("duc");
        SearchFolding.Fold("Ðức").ShouldBe("duc");
        SearchFolding.Fold("Đức".Normalize(NormalizationForm.FormD)).ShouldBe("duc");
        SearchFolding.Fold(" Sở  Y tế ").ShouldBe("so y te");
    }
}
