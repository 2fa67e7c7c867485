using System.Net;
using System.Net.Http.Json;
using System.Text;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Units;

/// <summary>
/// <c>GET /api/v1/units?q=</c> over HTTP (ADR 0030): a field equal to or starting with q first, then a word starting
/// with q, then (bounded) the units merely containing it; accents, case, Unicode forms; paging across the tiers.
/// </summary>
public sealed class UnitSearchTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private async Task<Page<UnitSummaryDto>> SearchAsync(string q, string extra = "") =>
        await ReadAsync<Page<UnitSummaryDto>>(await Admin.GetAsync($"/api/v1/units?q={Uri.EscapeDataString(q)}{extra}", Ct));

    /// <summary>One unit per tier for q = "duc", and one that does not match.</summary>
    private async Task ArrangeTiersAsync()
    {
        await Admin.CreateUnitAsync("X5", "Viện Nghiên cứu ABDUC"); // contains "duc" inside a word only
        await Admin.CreateUnitAsync("X3", "Bệnh viện Đức Thọ"); // a later word starts with "duc"
        await Admin.CreateUnitAsync("X4", "Trạm Y tế Hưng Đức"); // a later word is "duc", at the end
        await Admin.CreateUnitAsync("X2", "Đức Giang"); // the name starts with "duc"
        await Admin.CreateUnitAsync("X1", "Đức"); // the name is "duc"
        await Admin.CreateUnitAsync("X6", "Trung tâm Kiểm soát bệnh tật"); // no match
    }

    [Fact]
    public async Task Search_ListsExactThenFieldPrefixThenWordPrefixThenContains()
    {
        await ArrangeTiersAsync();

        var page = await SearchAsync("duc");

        page.Items.Select(u => u.Code).ShouldBe(["X1", "X2", "X4", "X3", "X5"]);
        page.NextCursor.ShouldBeNull();
    }

    [Theory]
    [InlineData("ĐỨC")]
    [InlineData("Ðức")] // U+00D0, the Icelandic eth that looks like Đ
    [InlineData("đức")]
    [InlineData("\u0110u\u031B\u0301c")] // NFD: u, horn, acute (as some keyboards and macOS file names send)
    [InlineData("  duc  ")]
    public async Task Search_IgnoresCaseDiacriticsAndUnicodeForms(string q)
    {
        await ArrangeTiersAsync();

        var page = await SearchAsync(q);

        page.Items.Select(u => u.Code).ShouldBe(["X1", "X2", "X4", "X3", "X5"]);
    }

    [Fact]
    public async Task Search_StoredNamesInNfdAreFoundLikeNfc()
    {
        await Admin.CreateUnitAsync("NFD", "Bệnh viện Đa khoa tỉnh Thanh Hóa".Normalize(NormalizationForm.FormD));

        (await SearchAsync("thanh hoa")).Items.ShouldHaveSingleItem().Code.ShouldBe("NFD");
        (await SearchAsync("Thanh Hóa")).Items.ShouldHaveSingleItem().Code.ShouldBe("NFD");
        (await SearchAsync("đa khoa tỉnh")).Items.ShouldHaveSingleItem().Code.ShouldBe("NFD");
    }

    [Fact]
    public async Task Search_MatchesAPhraseAtAWordStart_NotWordsInAnyOrder()
    {
        await Admin.CreateUnitAsync("TYT-DL", "Trạm Y tế xã Đức Lạc, huyện Đức Thọ");
        await Admin.CreateUnitAsync("TYT-TD", "Trạm Y tế xã Thọ Điền, huyện Đức Lạc");

        (await SearchAsync("duc tho")).Items.ShouldHaveSingleItem().Code.ShouldBe("TYT-DL");
        (await SearchAsync("huyen duc l")).Items.ShouldHaveSingleItem().Code.ShouldBe("TYT-TD");
        (await SearchAsync("tram y te xa")).Items.Select(u => u.Code).ShouldBe(["TYT-DL", "TYT-TD"]);
    }

    [Fact]
    public async Task Search_ByCodeAndAgencyCode_FieldStartFirst()
    {
        await Admin.CreateUnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội");
        await Admin.CreateUnitAsync("PS-01", "Phòng khám Đa khoa");

        (await SearchAsync("ps")).Items.Select(u => u.Code).ShouldBe(["PS-01", "BV-PSHN"]);
        (await SearchAsync("bv-ps")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-PSHN");
        (await SearchAsync("pshn")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-PSHN");
        (await SearchAsync("shn")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-PSHN"); // contains only
    }

    [Fact]
    public async Task Search_PagesThroughEveryTierOnce_WithCursorsAcrossTierBoundaries()
    {
        await ArrangeTiersAsync();

        var seen = new List<string>();
        var pages = new List<int>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync("duc", $"&limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            seen.AddRange(page.Items.Select(u => u.Code));
            pages.Add(page.Items.Count);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 10);

        seen.ShouldBe(["X1", "X2", "X4", "X3", "X5"]);
        pages.ShouldBe([2, 2, 1]);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    public async Task Search_HasANextPageOnlyWhenMoreRowsMatch(int limit, bool hasNext)
    {
        await ArrangeTiersAsync();

        var page = await SearchAsync("duc", $"&limit={limit}");

        page.Items.Count.ShouldBe(Math.Min(limit, 5));
        (page.NextCursor is not null).ShouldBe(hasNext);
    }

    [Fact]
    public async Task Search_ZeroOneTwoAndManyResults()
    {
        for (var i = 0; i < 55; i++)
        {
            await Admin.CreateUnitAsync($"TYT-{i:D2}", $"Trạm Y tế xã Số {i:D2}");
        }

        await Admin.CreateUnitAsync("BV-A", "Bệnh viện Phổi");
        await Admin.CreateUnitAsync("BV-B", "Bệnh viện Phổi Trung ương");

        (await SearchAsync("khong co dau")).Items.ShouldBeEmpty();
        (await SearchAsync("phoi trung")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-B");
        (await SearchAsync("benh vien phoi")).Items.Select(u => u.Code).ShouldBe(["BV-A", "BV-B"]);
        var first = await SearchAsync("tram y te");
        first.Items.Count.ShouldBe(50);
        first.Items.Select(u => u.Code).ShouldBe(Enumerable.Range(0, 50).Select(i => $"TYT-{i:D2}"));
        var second = await SearchAsync("tram y te", $"&cursor={first.NextCursor}");
        second.Items.Select(u => u.Code).ShouldBe(Enumerable.Range(50, 5).Select(i => $"TYT-{i:D2}"));
        second.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task Search_OfOneCharacter_MatchesWordStartsOnly()
    {
        await ArrangeTiersAsync();

        // No contains tier below three characters: "Viện Nghiên cứu ABDUC" has no word starting with "đ".
        (await SearchAsync("Đ")).Items.Select(u => u.Code).ShouldBe(["X1", "X2", "X4", "X3"]);
        (await SearchAsync("x")).Items.Select(u => u.Code).ShouldBe(["X1", "X2", "X3", "X4", "X5", "X6"]);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("-")]
    [InlineData("...")]
    [InlineData("!@#$%^&*()")]
    public async Task Search_OfPunctuationOnly_Answers200AndMatchesOnlyThatText(string q)
    {
        await ArrangeTiersAsync();

        var response = await Admin.GetAsync($"/api/v1/units?q={Uri.EscapeDataString(q)}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<Page<UnitSummaryDto>>(response)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_OfPunctuationOnly_FindsItInsideAName()
    {
        await Admin.CreateUnitAsync("DOTS", "Đơn vị ... tạm");

        (await SearchAsync("...")).Items.ShouldHaveSingleItem().Code.ShouldBe("DOTS");
    }

    [Fact]
    public async Task Search_AcceptsTwoHundredCharacters_AndComparesPastTheKeysFortyCharacters()
    {
        var name = "Trung tâm Kiểm soát bệnh tật tỉnh Thừa Thiên Huế, cơ sở hai";
        await Admin.CreateUnitAsync("CDC-TTH", name);
        await Admin.CreateUnitAsync("CDC-TTH2", "Trung tâm Kiểm soát bệnh tật tỉnh Thừa Thiên Huế, cơ sở ba");

        (await SearchAsync(name)).Items.ShouldHaveSingleItem().Code.ShouldBe("CDC-TTH");
        (await SearchAsync("trung tam kiem soat benh tat tinh thua thien hue, co so")).Items.Count.ShouldBe(2);
        (await SearchAsync(new string('a', 200))).Items.ShouldBeEmpty();
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/units?q={new string('a', 201)}", Ct), "q");
    }

    [Fact]
    public async Task Search_CombinesWithFilters()
    {
        var sở = await Admin.CreateUnitAsync("SYT", "Sở Y tế", kind: "department");
        await Admin.CreateUnitAsync("BV-DUC", "Bệnh viện Đức Giang", parentId: sở.Id);
        await Admin.CreateUnitAsync("TT-DUC", "Trung tâm Đức Giang", kind: "centre");
        await Admin.CreateUnitAsync("BV-ABDUC", "Bệnh viện ABDUC", parentId: sở.Id);

        (await SearchAsync("duc", "&kind=hospital")).Items.Select(u => u.Code).ShouldBe(["BV-DUC", "BV-ABDUC"]);
        (await SearchAsync("duc", "&kind=centre")).Items.ShouldHaveSingleItem().Code.ShouldBe("TT-DUC");
        (await SearchAsync("duc", $"&parentId={sở.Id}&limit=1")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-DUC");
        (await SearchAsync("duc", "&status=merged")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_FollowsRenamesAndCorrections()
    {
        var unit = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế huyện A");
        var response = await Admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new { name = "Trung tâm Y tế huyện Ba Vì", kind = "hospital", province = "Hà Nội", shortName = "TTYT Ba Vì" }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));

        (await SearchAsync("ba vi")).Items.ShouldHaveSingleItem().Id.ShouldBe(unit.Id);
        (await SearchAsync("ttyt ba")).Items.ShouldHaveSingleItem().Id.ShouldBe(unit.Id);
        (await SearchAsync("huyen a")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_ListsAUnitOnce_AtItsFirstMatch_WhenSeveralOfItsWordsStartWithQ()
    {
        await Admin.CreateUnitAsync("U1", "An Phú, huyện An Phú, tỉnh An Giang"); // the name starts with q, three later words too
        await Admin.CreateUnitAsync("U2", "Trạm Y tế xã An Bình, huyện An Lão"); // two later words
        await Admin.CreateUnitAsync("U3", "Trạm Y tế xã Tân An"); // one later word, the last
        await CreateUnitWithShortNameAsync("U5", "Bệnh viện Thanh An Bình", "BV An Bình"); // "an binh" in two fields
        await Admin.CreateUnitAsync("XPHU", "Phòng khám Đa khoa"); // "phu" inside a word of its code only

        // A word equal to q sorts before a longer one ("an" before "an binh"), then by the rest of the text.
        (await SearchAsync("an")).Items.Select(u => u.Code).ShouldBe(["U1", "U3", "U5", "U2"]);
        (await SearchAsync("an binh")).Items.Select(u => u.Code).ShouldBe(["U5", "U2"]);
        (await SearchAsync("an p")).Items.ShouldHaveSingleItem().Code.ShouldBe("U1");
        (await SearchAsync("ph")).Items.Select(u => u.Code).ShouldBe(["XPHU", "U1"]);

        // The contains tier lists only units none of whose words starts with q: U1 once, from its word, then XPHU.
        (await SearchAsync("phu")).Items.Select(u => u.Code).ShouldBe(["U1", "XPHU"]);
    }

    [Fact]
    public async Task Search_FirstPage_ReadsOneStatement_AndStaysExact_WhenOneUnitHasMoreMatchingWordsThanThePageReads()
    {
        // A first page reads four keys per row it lists (limit + 1 rows): with limit=1, eight keys. A unit whose name
        // has ten words starting with "an" fills those eight keys alone, so the page cannot be sure of the next unit
        // and the search reads again, exhaustively: still one unit per row, in order, nothing skipped or repeated.
        await Admin.CreateUnitAsync("U-MANY", "Trạm " + string.Join(' ', Enumerable.Repeat("An", 10)));
        await Admin.CreateUnitAsync("U-BINH", "Trạm An Bình");
        await Admin.CreateUnitAsync("U-THO", "Trạm An Thọ");

        var (first, firstCommands) = await SearchCountingAsync("an", 1);
        first.Items.ShouldHaveSingleItem().Code.ShouldBe("U-MANY");
        firstCommands.ShouldBe(2);

        var seen = new List<string>(first.Items.Select(u => u.Code));
        var cursor = first.NextCursor;
        while (cursor is not null && seen.Count < 10)
        {
            var page = await SearchAsync("an", $"&limit=1&cursor={cursor}");
            seen.AddRange(page.Items.Select(u => u.Code));
            cursor = page.NextCursor;
        }

        seen.ShouldBe(["U-MANY", "U-BINH", "U-THO"]);

        // With room for the three units (limit=3: sixteen keys read), one statement and the same order.
        var (whole, wholeCommands) = await SearchCountingAsync("an", 3);
        whole.Items.Select(u => u.Code).ShouldBe(["U-MANY", "U-BINH", "U-THO"]);
        whole.NextCursor.ShouldBeNull();
        wholeCommands.ShouldBe(1);
    }

    private async Task CreateUnitWithShortNameAsync(string code, string name, string shortName)
    {
        var response = await Admin.PostAsJsonAsync(
            "/api/v1/units", new { code, name, shortName, kind = "hospital", province = "Hà Nội", validFrom = "2000-01-01" }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<(Page<UnitSummaryDto> Page, int Commands)> SearchCountingAsync(string q, int limit)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/units?q={Uri.EscapeDataString(q)}&limit={limit}");
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var page = await ReadAsync<Page<UnitSummaryDto>>(await Admin.SendAsync(request, Ct));
        return (page, Factory.SqlCommands.For(tag).Count);
    }

    [Fact]
    public async Task Search_RefusesAListCursor()
    {
        await Admin.CreateUnitAsync("X1", "Đức");
        await Admin.CreateUnitAsync("X2", "Đức Giang");
        var list = await ReadAsync<Page<UnitSummaryDto>>(await Admin.GetAsync("/api/v1/units?limit=1", Ct));

        var response = await Admin.GetAsync($"/api/v1/units?q=duc&cursor={list.NextCursor}", Ct);

        await ShouldBeValidationProblemAsync(response, "cursor");
    }
}
