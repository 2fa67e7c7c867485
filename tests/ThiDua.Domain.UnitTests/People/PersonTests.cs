using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.People;

/// <summary>Rules of people: employment history, ratings, disciplines and holds.</summary>
public class PersonTests
{
    private static Person Register(OrganisationUnit? unit = null) =>
        Person.Register("  Nguyễn Thị Lan ", Gender.Female, new DateOnly(1985, 3, 2), "001085012345", null, unit ?? Active("BV-1"), "Bác sĩ", new DateOnly(2015, 1, 1), Now);

    [Fact]
    public void Register_StartsTheFirstEmployment()
    {
        var person = Register();

        person.FullName.ShouldBe("Nguyễn Thị Lan");
        person.CurrentEmployment.From.ShouldBe(new DateOnly(2015, 1, 1));
        person.CurrentEmployment.To.ShouldBeNull();
    }

    [Fact]
    public void Register_AtAnInactiveUnit_ThrowsUnitNotActive() =>
        DomainAssert.ShouldViolate(PersonErrors.UnitNotActive, () => Register(Inactive("BV-OLD", UnitStatus.Dissolved)));

    [Fact]
    public void Transfer_EndsTheCurrentEmploymentTheDayBefore()
    {
        var person = Register();
        var other = Active("BV-2");

        person.Transfer(other, "Trưởng khoa", new DateOnly(2024, 7, 1), Now);

        person.CurrentUnitId.ShouldBe(other.Id);
        person.Employments.Single(e => e.To is not null).To.ShouldBe(new DateOnly(2024, 6, 30));
        person.WorkedAt(other.Id, 2024).ShouldBeTrue();
        person.WorkedAt(other.Id, 2023).ShouldBeFalse();
    }

    [Fact]
    public void Transfer_NotAfterTheCurrentStart_OrToTheSameUnit_Throws()
    {
        var unit = Active("BV-1");
        var person = Register(unit);

        DomainAssert.ShouldViolate(PersonErrors.TransferNotAfterCurrent, () => person.Transfer(Active("BV-2"), "Bác sĩ", new DateOnly(2015, 1, 1), Now));
        DomainAssert.ShouldViolate(PersonErrors.SameUnit, () => person.Transfer(unit, "Trưởng khoa", new DateOnly(2020, 1, 1), Now));
    }

    [Fact]
    public void RecordRating_ReplacesTheYearsRating()
    {
        var person = Register();

        person.RecordRating(2024, PerformanceRating.Good, null, Now);
        person.RecordRating(2024, PerformanceRating.Excellent, Doc("12/QĐ-BV"), Now);

        person.Ratings.ShouldHaveSingleItem().Rating.ShouldBe(PerformanceRating.Excellent);
        person.RatingIn(2024).ShouldBe(PerformanceRating.Excellent);
    }

    [Fact]
    public void Disciplines_NeedAValidPeriod_AndCanBeEnded()
    {
        var person = Register();
        DomainAssert.ShouldViolate(PersonErrors.PeriodInvalid,
            () => person.RecordDiscipline(DisciplineKind.Warning, new DateOnly(2024, 5, 1), new DateOnly(2024, 4, 30), "Vi phạm", Doc(), Now));
        var hold = person.RecordDiscipline(DisciplineKind.Hold, new DateOnly(2025, 3, 1), null, "Đang xem xét đơn khiếu nại", Doc(), Now);

        hold.InForceOn(new DateOnly(2025, 6, 1)).ShouldBeTrue();
        DomainAssert.ShouldViolate(PersonErrors.PeriodInvalid, () => person.EndDiscipline(hold.Id, new DateOnly(2025, 2, 28), Now));
        person.EndDiscipline(hold.Id, new DateOnly(2025, 5, 31), Now);

        hold.InForceOn(new DateOnly(2025, 6, 1)).ShouldBeFalse();
        DomainAssert.ShouldViolate(PersonErrors.DisciplineAlreadyEnded, () => person.EndDiscipline(hold.Id, new DateOnly(2025, 12, 31), Now));
        DomainAssert.ShouldViolate(PersonErrors.DisciplineNotFound, () => person.EndDiscipline(Guid.NewGuid(), new DateOnly(2025, 6, 1), Now));
    }
}
