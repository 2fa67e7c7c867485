using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Units;

public class OrganisationUnitValidityTests
{
    [Theory]
    [InlineData(2019, 12, 31, false)] // the day before ValidFrom
    [InlineData(2020, 1, 1, true)] // ValidFrom is inclusive
    [InlineData(2020, 1, 2, true)]
    [InlineData(2099, 12, 31, true)] // no ValidTo: open-ended
    public void IsActiveOn_WhenUnitStillActive_IsTrueFromValidFromOn(int year, int month, int day, bool expected)
    {
        var unit = Active("BV-01");

        unit.IsActiveOn(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2019, 12, 31, false)]
    [InlineData(2020, 1, 1, true)]
    [InlineData(2025, 6, 30, true)] // last day before ValidTo
    [InlineData(2025, 7, 1, false)] // ValidTo is exclusive
    [InlineData(2025, 7, 2, false)]
    public void IsActiveOn_WhenMerged_IsFalseFromValidToOn(int year, int month, int day, bool expected)
    {
        var unit = Active("BV-01");
        unit.MergeInto(Active("BV-02"), new DateOnly(2025, 7, 1), Doc(), null, Now);

        unit.IsActiveOn(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2025, 6, 30, true)]
    [InlineData(2025, 7, 1, false)]
    public void IsActiveOn_WhenDissolved_IsFalseFromValidToOn(int year, int month, int day, bool expected)
    {
        var unit = Active("BV-01");
        unit.Dissolve(new DateOnly(2025, 7, 1), Doc(), null, Now);

        unit.IsActiveOn(new DateOnly(year, month, day)).ShouldBe(expected);
    }
}
