using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.People;

/// <summary>
/// <c>GET /api/v1/people?q=</c> (ADR 0030): the same tiers as units — the full name or civil servant code starting
/// with q, then a word of them (the given name, <c>duc</c>), then (bounded) containing it; ties by name.
/// </summary>
public sealed class PersonSearchTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _unit = null!;
    private int _citizen;

    private async Task<Guid> RegisterAsync(string fullName, string? civilServantCode = null)
    {
        _citizen++;
        var response = await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName,
            gender = "male",
            birthDate = "1980-01-01",
            citizenId = $"00108{_citizen:D7}",
            civilServantCode,
            unitId = _unit.Id,
            position = "Bác sĩ",
            employedFrom = "2010-01-01",
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await ReadAsync<PersonDto>(response)).Id;
    }

    private async Task<Page<PersonSummaryDto>> SearchAsync(string q, string extra = "") =>
        await ReadAsync<Page<PersonSummaryDto>>(await Admin.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(q)}{extra}", Ct));

    [Fact]
    public async Task Search_ListsNameStartThenGivenNameThenContains_AndPagesOnce()
    {
        _unit = await Admin.CreateUnitAsync("BV-1", "Bệnh viện Đức Giang");
        await RegisterAsync("Trần Văn Đức");
        await RegisterAsync("Đức Phúc Nguyễn");
        await RegisterAsync("Lê Minh Đức");
        await RegisterAsync("Phạm Thị Lan", "VC-DUC-07");
        await RegisterAsync("Nguyễn Thị Hoa");

        var all = await SearchAsync("Đức");
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync("duc", $"&limit=1{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            seen.AddRange(page.Items.Select(p => p.FullName));
            cursor = page.NextCursor;
        }
        while (cursor is not null && seen.Count < 10);

        // The civil servant code's word "duc" is a word start too; ties on the key sort by the folded name.
        all.Items.Select(p => p.FullName).ShouldBe(["Đức Phúc Nguyễn", "Lê Minh Đức", "Trần Văn Đức", "Phạm Thị Lan"]);
        seen.ShouldBe(all.Items.Select(p => p.FullName));
        all.Items[0].CurrentUnit.Code.ShouldBe("BV-1");
        all.Items[0].Position.ShouldBe("Bác sĩ");
        (await SearchAsync("van duc")).Items.ShouldHaveSingleItem().FullName.ShouldBe("Trần Văn Đức");
        (await SearchAsync("hoa")).Items.ShouldHaveSingleItem().FullName.ShouldBe("Nguyễn Thị Hoa");
        (await SearchAsync("oa")).Items.ShouldBeEmpty(); // below three characters, no contains tier
        (await SearchAsync("guyen")).Items.Select(p => p.FullName).ShouldBe(["Đức Phúc Nguyễn", "Nguyễn Thị Hoa"]);
        (await SearchAsync("%")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_CombinesWithTheUnitFilter_AndFollowsCorrections()
    {
        _unit = await Admin.CreateUnitAsync("BV-1");
        var other = await Admin.CreateUnitAsync("BV-2");
        var lan = await RegisterAsync("Phạm Thị Lan");
        _unit = other;
        await RegisterAsync("Phạm Thị Lan Anh");

        (await SearchAsync("pham thi lan")).Items.Count.ShouldBe(2);
        (await SearchAsync("pham thi lan", $"&unitId={other.Id}")).Items.ShouldHaveSingleItem().FullName.ShouldBe("Phạm Thị Lan Anh");

        var corrected = await Admin.PutAsJsonAsync($"/api/v1/people/{lan}", new
        {
            fullName = "Hoàng Thị Lan", gender = "male", birthDate = "1980-01-01", citizenId = "001080000001",
        }, Json, Ct);
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Ct));

        (await SearchAsync("pham thi lan")).Items.ShouldHaveSingleItem().FullName.ShouldBe("Phạm Thị Lan Anh");
        (await SearchAsync("hoang")).Items.ShouldHaveSingleItem().Id.ShouldBe(lan);
    }
}
