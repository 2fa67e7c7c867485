using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests.Documents;

public class AgencyCodeTests
{
    [Theory]
    [InlineData("000.00.00.H56")]
    [InlineData("000.00.00.G22")]
    [InlineData("000.00.04.G14")]
    [InlineData("123.45.67.A00")]
    [InlineData(" 000.00.00.h41 ")]
    public void IsValid_AcceptsTheFourGroupsOfDecision20(string code) =>
        AgencyCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000.00.00")]
    [InlineData("000.00.00.H5")]
    [InlineData("000.00.00.H567")]
    [InlineData("00.000.00.H56")]
    [InlineData("000.00.000.H56")]
    [InlineData("000.00.00.556")]
    [InlineData("000.00.00.HH6")]
    [InlineData("000-00-00-H56")]
    [InlineData("000.00.00.H56.")]
    [InlineData("A00.00.00.H56")]
    [InlineData("000.00.00.Đ56")]
    [InlineData("000.00.00.H５６")]
    public void IsValid_RefusesOtherShapes(string? code) =>
        AgencyCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Normalize_TrimsAndUpperCases() =>
        AgencyCode.Normalize(" 000.00.00.h41 ").ShouldBe("000.00.00.H41");

    [Fact]
    public void Length_IsThirteen() =>
        "000.00.00.H56".Length.ShouldBe(AgencyCode.Length);
}
