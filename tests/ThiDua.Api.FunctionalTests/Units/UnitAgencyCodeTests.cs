using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Units;

/// <summary>Units' electronic identifier codes (mã định danh điện tử, Decision 20/2020/QĐ-TTg; issue 12 part 3).</summary>
public sealed class UnitAgencyCodeTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private async Task<HttpResponseMessage> CreateAsync(string code, string? agencyCode) =>
        await Admin.PostAsJsonAsync(
            "/api/v1/units",
            new { code, name = $"Đơn vị {code}", kind = "department", province = "Thanh Hóa", agencyCode },
            Json,
            Ct);

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body) =>
        await client.PutAsJsonAsync($"/api/v1/units/{id}", body, Json, Ct);

    private async Task<Page<UnitSummaryDto>> ListAsync(string query) =>
        await ReadAsync<Page<UnitSummaryDto>>(await Admin.GetAsync($"/api/v1/units{query}", Ct));

    [Fact]
    public async Task Create_WithAnAgencyCode_StoresItUpperCased_AndShowsItInDetailsAndLists()
    {
        var response = await CreateAsync("SYT-TH", "000.00.00.h56");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the code's letter must be upper-case as Decision 20 writes it");
        var created = await ReadAsync<UnitDetailsDto>(await CreateAsync("SYT-TH", "000.00.00.H56"));

        created.AgencyCode.ShouldBe("000.00.00.H56");
        (await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{created.Id}", Ct))).AgencyCode.ShouldBe("000.00.00.H56");
        (await ListAsync(string.Empty)).Items.ShouldHaveSingleItem().AgencyCode.ShouldBe("000.00.00.H56");
    }

    [Fact]
    public async Task Create_WithoutAnAgencyCode_HasNone()
    {
        var created = await ReadAsync<UnitDetailsDto>(await CreateAsync("BV-1", null));
        var empty = await ReadAsync<UnitDetailsDto>(await CreateAsync("BV-2", string.Empty));

        created.AgencyCode.ShouldBeNull();
        empty.AgencyCode.ShouldBeNull();
    }

    [Theory]
    [InlineData("000.00.00")]
    [InlineData("000.00.00.H5")]
    [InlineData("0000.00.00.H56")]
    [InlineData("SYT-TH")]
    public async Task Create_WithAnAgencyCodeNotOfDecision20Shape_Is400(string agencyCode)
    {
        await ShouldBeValidationProblemAsync(await CreateAsync("SYT-TH", agencyCode), "agencyCode");
    }

    [Fact]
    public async Task AgencyCode_IsUnique_OnCreateAndOnUpdate()
    {
        await ReadAsync<UnitDetailsDto>(await CreateAsync("SYT-TH", "000.00.00.H56"));
        var other = await ReadAsync<UnitDetailsDto>(await CreateAsync("SYT-HN", null));

        await ShouldBeProblemAsync(await CreateAsync("SYT-X", "000.00.00.H56"), HttpStatusCode.Conflict, UnitErrors.AgencyCodeTaken.Code);
        await ShouldBeProblemAsync(
            await PutAsync(Admin, other.Id, new { name = other.Name, kind = "department", province = "Hà Nội", agencyCode = "000.00.00.H56" }),
            HttpStatusCode.Conflict,
            UnitErrors.AgencyCodeTaken.Code);
    }

    [Fact]
    public async Task Update_KeepsTheCodeWhenOmitted_SetsIt_AndRemovesItWithAnEmptyString()
    {
        var unit = await ReadAsync<UnitDetailsDto>(await CreateAsync("SYT-TH", "000.00.00.H56"));

        var kept = await ReadAsync<UnitDetailsDto>(await PutAsync(Admin, unit.Id, new { name = "Sở Y tế Thanh Hóa", kind = "department", province = "Thanh Hóa" }));
        var changed = await ReadAsync<UnitDetailsDto>(await PutAsync(Admin, unit.Id, new { name = "Sở Y tế Thanh Hóa", kind = "department", province = "Thanh Hóa", agencyCode = "000.21.56.H56" }));
        var removed = await ReadAsync<UnitDetailsDto>(await PutAsync(Admin, unit.Id, new { name = "Sở Y tế Thanh Hóa", kind = "department", province = "Thanh Hóa", agencyCode = string.Empty }));

        kept.AgencyCode.ShouldBe("000.00.00.H56");
        kept.Name.ShouldBe("Sở Y tế Thanh Hóa");
        changed.AgencyCode.ShouldBe("000.21.56.H56");
        removed.AgencyCode.ShouldBeNull();
    }

    [Fact]
    public async Task UnitOfficer_MayNotChangeTheAgencyCode_ButKeepsItWhenCorrectingTheShortName()
    {
        var own = await ReadAsync<UnitDetailsDto>(await CreateAsync("BV-1", "000.01.56.H56"));
        var officer = ClientFor(Roles.UnitOfficer, own.Id);

        var changed = await PutAsync(officer, own.Id, new { name = own.Name, kind = "department", province = "Thanh Hóa", agencyCode = "000.02.56.H56" });
        var corrected = await PutAsync(officer, own.Id, new { name = own.Name, shortName = "BV1", kind = "department", province = "Thanh Hóa" });

        await ShouldBeProblemAsync(changed, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<UnitDetailsDto>(corrected)).AgencyCode.ShouldBe("000.01.56.H56");
    }

    [Fact]
    public async Task List_FiltersByAgencyCode_AndQFindsIt()
    {
        await CreateAsync("SYT-TH", "000.00.00.H56");
        await CreateAsync("BV-TH", "000.01.56.H56");
        await CreateAsync("BV-X", null);

        (await ListAsync("?agencyCode=000.00.00.H56")).Items.ShouldHaveSingleItem().Code.ShouldBe("SYT-TH");
        (await ListAsync("?agencyCode=000.00.00.H41")).Items.ShouldBeEmpty();
        (await ListAsync("?q=000.01.56")).Items.ShouldHaveSingleItem().Code.ShouldBe("BV-TH");
        (await ListAsync("?q=h56")).Items.Select(u => u.Code).ShouldBe(["BV-TH", "SYT-TH"]);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/units?agencyCode=H56", Ct), "agencyCode");
    }
}
