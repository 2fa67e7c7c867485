using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Units;

public class OrganisationUnitCreateTests
{
    [Theory]
    [InlineData("byt-hn", "BYT-HN")]
    [InlineData("  Syt-Hn  ", "SYT-HN")]
    [InlineData("ttyt-đống-đa", "TTYT-ĐỐNG-ĐA")]
    public void Create_NormalisesCodeToUpperCase(string code, string expected)
    {
        var unit = OrganisationUnit.Create(code, "Sở Y tế", null, UnitKind.Department, null, "Hà Nội", ValidFrom, Now);

        unit.Code.ShouldBe(expected);
        OrganisationUnit.NormalizeCode(code).ShouldBe(expected);
    }

    [Fact]
    public void Create_NormalisesCodeWithCombiningMarksToNfcUpperCase()
    {
        // "đống" with ố typed as o + U+0302 + U+0301.
        OrganisationUnit.NormalizeCode("ttyt-đo\u0302\u0301ng-đa").ShouldBe("TTYT-Đ\u1ED0NG-ĐA");
    }

    [Fact]
    public void Create_TrimsAndNormalisesTextToNfc()
    {
        var unit = OrganisationUnit.Create(
            "syt",
            "  So\u031B\u0309 Y te\u0302\u0301  ",
            " SYT ",
            UnitKind.Department,
            null,
            "  Ha\u0300 No\u0323\u0302i ",
            ValidFrom,
            Now);

        unit.Name.ShouldBe("Sở Y tế");
        unit.ShortName.ShouldBe("SYT");
        unit.Province.ShouldBe("Hà Nội");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenShortNameBlank_StoresNoShortName(string? shortName)
    {
        var unit = OrganisationUnit.Create("syt", "Sở Y tế", shortName, UnitKind.Department, null, "Hà Nội", ValidFrom, Now);

        unit.ShortName.ShouldBeNull();
    }

    [Fact]
    public void Create_StartsActiveWithoutHistory()
    {
        var unit = Active("BV-01");

        unit.Id.Value.ShouldNotBe(Guid.Empty);
        unit.Kind.ShouldBe(UnitKind.Hospital);
        unit.Status.ShouldBe(UnitStatus.Active);
        unit.IsActive.ShouldBeTrue();
        unit.ValidFrom.ShouldBe(ValidFrom);
        unit.ValidTo.ShouldBeNull();
        unit.SuccessorId.ShouldBeNull();
        unit.ParentId.ShouldBeNull();
        unit.LineageEvents.ShouldBeEmpty();
        unit.DomainEvents.ShouldBeEmpty();
        unit.CreatedAt.ShouldBe(Now);
        unit.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Create_WhenParentActive_SetsParentId()
    {
        var parent = Active("SYT");

        var unit = Active("BV-01", parent);

        unit.ParentId.ShouldBe(parent.Id);
    }

    [Theory]
    [InlineData(UnitStatus.Merged)]
    [InlineData(UnitStatus.Dissolved)]
    public void Create_WhenParentMergedOrDissolved_ThrowsParentNotActive(UnitStatus parentStatus)
    {
        var parent = Inactive("SYT-CU", parentStatus);

        DomainAssert.ShouldViolate(UnitErrors.ParentNotActive, () => Active("BV-01", parent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenCodeBlank_ThrowsArgumentException(string code)
    {
        Should.Throw<ArgumentException>(
            () => OrganisationUnit.Create(code, "Sở Y tế", null, UnitKind.Department, null, "Hà Nội", ValidFrom, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNameBlank_ThrowsArgumentException(string name)
    {
        Should.Throw<ArgumentException>(
            () => OrganisationUnit.Create("SYT", name, null, UnitKind.Department, null, "Hà Nội", ValidFrom, Now));
    }
}
