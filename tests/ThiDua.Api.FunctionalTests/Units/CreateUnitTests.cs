using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Units;

public sealed class CreateUnitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task Post_Returns201WithLocationETagAndUnit()
    {
        var parent = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");

        var response = await Admin.PostAsJsonAsync("/api/v1/units", new
        {
            code = "bv-pshn",
            name = "  Bệnh viện Phụ Sản Hà Nội ",
            shortName = "BV Phụ Sản",
            kind = "hospital",
            parentId = parent.Id,
            province = "Hà Nội",
            validFrom = "1990-01-01",
        }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var unit = await ReadAsync<UnitDetailsDto>(response);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{unit.Id}");
        // The unit's version and a hash of what is shown: the tag a read of the unit answers 304 to.
        response.Headers.ETag!.Tag.ShouldStartWith($"\"{unit.Version}-");
        (await TestData.GetIfNoneMatchAsync(Admin, $"/api/v1/units/{unit.Id}", response.Headers.ETag)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        unit.Code.ShouldBe("BV-PSHN");
        unit.Name.ShouldBe("Bệnh viện Phụ Sản Hà Nội");
        unit.Kind.ShouldBe(UnitKind.Hospital);
        unit.Status.ShouldBe(UnitStatus.Active);
        unit.Parent!.Id.ShouldBe(parent.Id);
        unit.ValidFrom.ShouldBe(new DateOnly(1990, 1, 1));

        var read = await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct));
        read.ShouldBeEquivalentTo(unit);
    }

    [Fact]
    public async Task Post_StoresVietnameseTextNormalisedToNfc()
    {
        const string decomposed = "Trung Tâm Pha\u0301p y";

        var unit = await Admin.CreateUnitAsync("TTPY", decomposed);

        unit.Name.ShouldBe("Trung Tâm Pháp y");
        unit.Name.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public async Task Post_Returns409_WhenCodeIsTaken_IgnoringCase()
    {
        await Admin.CreateUnitAsync("SYT-HN");

        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code = "syt-hn", name = "Khác", kind = "department", province = "Hà Nội" }, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, UnitErrors.CodeTaken.Code);
    }

    [Fact]
    public async Task Post_Returns409ForOneOfTwoConcurrentCreatesWithTheSameCode()
    {
        var requests = Enumerable.Range(0, 2).Select(_ => Admin.PostAsJsonAsync(
            "/api/v1/units", new { code = "RACE-1", name = "Đơn vị", kind = "centre", province = "Hà Nội" }, Json, Ct));

        var responses = await Task.WhenAll(requests);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, UnitErrors.CodeTaken.Code);
    }

    [Theory]
    [InlineData("", "Tên", "code")]
    [InlineData("A B", "Tên", "code")]
    [InlineData("-A", "Tên", "code")]
    [InlineData("A1", "", "name")]
    public async Task Post_Returns400WithFieldError_ForInvalidInput(string code, string name, string field)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code, name, kind = "hospital", province = "Hà Nội" }, Json, Ct);

        await ShouldBeValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Post_Returns400_WhenKindOrProvinceMissing()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code = "A1", name = "Tên" }, Json, Ct);

        var problem = await ShouldBeValidationProblemAsync(response, "kind");
        problem.GetProperty("errors").TryGetProperty("province", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Post_Returns422_WhenParentDoesNotExist()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code = "A1", name = "Tên", kind = "hospital", province = "Hà Nội", parentId = Guid.NewGuid() }, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.ParentNotFound.Code);
    }

    [Fact]
    public async Task Post_Returns422_WhenParentIsDissolved()
    {
        var parent = await Admin.CreateUnitAsync("OLD");
        (await Admin.PostAsJsonAsync($"/api/v1/units/{parent.Id}/lineage-events",
            new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() }, Json, Ct)).EnsureSuccessStatusCode();

        var response = await Admin.PostAsJsonAsync("/api/v1/units", new { code = "CHILD", name = "Tên", kind = "hospital", province = "Hà Nội", parentId = parent.Id }, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.ParentNotActive.Code);
    }

    [Fact]
    public async Task Council_CreatesUnitsUnderItsAuthority_ButNotElsewhere()
    {
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var hanam = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department", province: "Hà Nam");
        var council = ClientFor(Roles.Council, hanoi.Id);

        var inside = await council.PostAsJsonAsync("/api/v1/units", new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội", parentId = hanoi.Id }, Json, Ct);
        var outside = await council.PostAsJsonAsync("/api/v1/units", new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nam", parentId = hanam.Id }, Json, Ct);
        var topLevel = await council.PostAsJsonAsync("/api/v1/units", new { code = "TOP", name = "Cấp cao nhất", kind = "other", province = "Hà Nội" }, Json, Ct);

        inside.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(outside, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(topLevel, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
    }

    [Fact]
    public async Task UnitOfficer_CannotCreateUnits()
    {
        var own = await Admin.CreateUnitAsync("BV-1");

        var response = await ClientFor(Roles.UnitOfficer, own.Id).PostAsJsonAsync(
            "/api/v1/units", new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nội", parentId = own.Id }, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
    }
}
