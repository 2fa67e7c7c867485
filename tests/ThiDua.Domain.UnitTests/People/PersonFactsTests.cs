using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.People;

/// <summary>Rules of leave periods, positions held and retirement, at their boundaries.</summary>
public class PersonFactsTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static Person Register() =>
        Person.Register("Nguyễn Thị Lan", Gender.Female, new DateOnly(1970, 3, 2), null, null, Active("BV-1"), "Bác sĩ", new DateOnly(2000, 1, 1), Now);

    private static DocumentReference DocOn(DateOnly date) => DocumentReference.Create("12/QĐ-SYT", date);

    [Fact]
    public void Leaves_MayFollowEachOther_ButNotOverlap()
    {
        var person = Register();
        person.RecordLeave(LeaveKind.Maternity, new DateOnly(2024, 3, 1), new DateOnly(2024, 8, 31), DocOn(new DateOnly(2024, 2, 20)), Today, Now);

        person.RecordLeave(LeaveKind.Sickness, new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 10), DocOn(new DateOnly(2024, 9, 1)), Today, Now);
        DomainAssert.ShouldViolate(PersonErrors.LeaveOverlaps, () =>
            person.RecordLeave(LeaveKind.Study, new DateOnly(2024, 8, 31), new DateOnly(2024, 12, 31), DocOn(new DateOnly(2024, 8, 1)), Today, Now));
        person.Leaves.Count.ShouldBe(2);
        person.Leaves.First().CountsAsWorked.ShouldBeTrue();
    }

    [Fact]
    public void AnOpenLeave_OverlapsEverythingAfterIt_UntilItIsEnded()
    {
        var person = Register();
        var open = person.RecordLeave(LeaveKind.Sickness, new DateOnly(2025, 1, 6), null, DocOn(new DateOnly(2025, 1, 6)), Today, Now);

        DomainAssert.ShouldViolate(PersonErrors.LeaveOverlaps, () =>
            person.RecordLeave(LeaveKind.Study, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), DocOn(new DateOnly(2025, 4, 1)), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.PeriodInvalid, () => person.EndLeave(open.Id, new DateOnly(2025, 1, 5), Now));
        person.EndLeave(open.Id, new DateOnly(2025, 1, 6), Now);
        person.RecordLeave(LeaveKind.Study, new DateOnly(2025, 1, 7), new DateOnly(2025, 5, 31), DocOn(new DateOnly(2025, 1, 6)), Today, Now);
        DomainAssert.ShouldViolate(PersonErrors.LeaveAlreadyEnded, () => person.EndLeave(open.Id, new DateOnly(2025, 2, 1), Now));
    }

    [Fact]
    public void ALeave_EndsOnOrAfterItStarts_AfterTheEmploymentBegan_OnADocumentAlreadyIssued()
    {
        var person = Register();

        DomainAssert.ShouldViolate(PersonErrors.PeriodInvalid, () =>
            person.RecordLeave(LeaveKind.Sickness, new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 5), DocOn(Today), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.LeaveBeforeEmployment, () =>
            person.RecordLeave(LeaveKind.Sickness, new DateOnly(1999, 12, 31), new DateOnly(2000, 1, 5), DocOn(Today), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.DocumentInFuture, () =>
            person.RecordLeave(LeaveKind.Maternity, new DateOnly(2025, 7, 1), null, DocOn(Today.AddDays(1)), Today, Now));

        // One day long, from the first day of employment, on a document of today; a future leave decided today is fine.
        person.RecordLeave(LeaveKind.Sickness, new DateOnly(2000, 1, 1), new DateOnly(2000, 1, 1), DocOn(Today), Today, Now);
        person.RecordLeave(LeaveKind.Maternity, new DateOnly(2025, 7, 1), null, DocOn(Today), Today, Now);
        person.Leaves.Count.ShouldBe(2);
    }

    [Fact]
    public void APosition_StartsByToday_AndTheSamePositionIsNotHeldTwiceAtOnce()
    {
        var person = Register();
        var deputy = person.RecordPosition("Phó Giám đốc Sở Y tế", PositionLevel.DepartmentDeputy, new DateOnly(2015, 3, 1), null, DocOn(new DateOnly(2015, 2, 20)), Today, Now);

        DomainAssert.ShouldViolate(PersonErrors.PositionInFuture, () =>
            person.RecordPosition("Giám đốc Sở Y tế", PositionLevel.DepartmentHead, Today.AddDays(1), null, DocOn(Today), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.PositionOverlaps, () =>
            person.RecordPosition(" phó giám đốc sở y tế ", PositionLevel.DepartmentDeputy, new DateOnly(2020, 1, 1), null, DocOn(new DateOnly(2020, 1, 1)), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.DocumentInFuture, () =>
            person.RecordPosition("Giám đốc Sở Y tế", PositionLevel.DepartmentHead, Today, null, DocOn(Today.AddDays(1)), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.PeriodInvalid, () =>
            person.RecordPosition("Trưởng phòng", PositionLevel.SubUnitHead, new DateOnly(2010, 1, 1), new DateOnly(2009, 12, 31), DocOn(new DateOnly(2010, 1, 1)), Today, Now));

        // A concurrent post, and a new position starting today, are recorded.
        person.RecordPosition("Phó Chủ tịch Hội đồng thi đua", PositionLevel.DepartmentDeputy, new DateOnly(2018, 1, 1), null, DocOn(new DateOnly(2018, 1, 1)), Today, Now);
        person.RecordPosition("Giám đốc Sở Y tế", PositionLevel.DepartmentHead, Today, null, DocOn(Today), Today, Now);
        person.EndPosition(deputy.Id, Today.AddDays(-1), Now);

        person.Positions.Count.ShouldBe(3);
        person.Positions.Single(p => p.Id == deputy.Id).To.ShouldBe(Today.AddDays(-1));
        person.Positions.ShouldAllBe(p => p.IsLeadership);
        DomainAssert.ShouldViolate(PersonErrors.PositionAlreadyEnded, () => person.EndPosition(deputy.Id, Today, Now));
    }

    [Fact]
    public void ALeaveOrPositionEnteredByMistake_IsRemoved_AndTheDaysAreFreeAgain()
    {
        var person = Register();
        var wrong = person.RecordLeave(LeaveKind.Sickness, new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 10), DocOn(new DateOnly(2025, 1, 6)), Today, Now);
        var post = person.RecordPosition("Trưởng khoa Nhi", PositionLevel.SubUnitHead, new DateOnly(2010, 1, 1), null, DocOn(new DateOnly(2010, 1, 1)), Today, Now);

        person.RemoveLeave(wrong.Id, Now);
        person.RemovePosition(post.Id, Now);

        (person.Leaves.Count, person.Positions.Count).ShouldBe((0, 0));
        person.RecordLeave(LeaveKind.Study, new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 10), DocOn(new DateOnly(2025, 1, 6)), Today, Now);
        person.RecordPosition("Trưởng khoa Nhi", PositionLevel.SubUnitHead, new DateOnly(2012, 1, 1), null, DocOn(new DateOnly(2012, 1, 1)), Today, Now);
    }

    [Fact]
    public void TheSamePosition_MayBeHeldAgainAfterItEnded()
    {
        var person = Register();
        person.RecordPosition("Trưởng khoa Nhi", PositionLevel.SubUnitHead, new DateOnly(2010, 1, 1), new DateOnly(2014, 12, 31), DocOn(new DateOnly(2010, 1, 1)), Today, Now);

        person.RecordPosition("Trưởng khoa Nhi", PositionLevel.SubUnitHead, new DateOnly(2015, 1, 1), null, DocOn(new DateOnly(2015, 1, 1)), Today, Now);

        person.Positions.Count.ShouldBe(2);
    }

    [Fact]
    public void Retirement_IsNotifiedByToday_AndADecisionReplacesTheNotice()
    {
        var person = Register();

        DomainAssert.ShouldViolate(PersonErrors.DocumentInFuture, () =>
            person.RecordRetirement(RetirementKind.Notice, new DateOnly(2025, 12, 1), false, DocOn(Today.AddDays(1)), Today, Now));
        DomainAssert.ShouldViolate(PersonErrors.RetirementBeforeEmployment, () =>
            person.RecordRetirement(RetirementKind.Notice, new DateOnly(2000, 1, 1), false, DocOn(Today), Today, Now));
        person.RecordRetirement(RetirementKind.Notice, new DateOnly(2025, 12, 1), false, DocOn(Today), Today, Now);
        person.RecordRetirement(RetirementKind.Decision, new DateOnly(2025, 12, 2), true, DocumentReference.Create("30/QĐ-UBND", Today), Today, Now);

        person.Retirement!.Kind.ShouldBe(RetirementKind.Decision);
        (person.Retirement.NotifiedOn, person.Retirement.RetiresOn, person.Retirement.HigherRetirementAge).ShouldBe((Today, new DateOnly(2025, 12, 2), true));
    }
}
