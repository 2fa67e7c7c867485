using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestCampaigns;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.History;

/// <summary>
/// Registrations and reports of seed 003's 2020 campaign (letter of 2020-07-01, registration deadline 2020-07-31, period
/// to 2020-12-31, phase 2 from 2020-07-28) entered as history in 2026 (ADR 0014), at the date boundaries.
/// </summary>
public sealed class CampaignHistoryTests
{
    private static readonly DateTimeOffset EnteredAt = InVietnam(2026, 12, 4);
    private readonly OrganisationUnit _authority = Active("SYT-THA");
    private readonly OrganisationUnit _hospital;
    private readonly Campaign _campaign;

    public CampaignHistoryTests()
    {
        _hospital = Active("BVDK-THA", _authority);
        _campaign = Launched(_authority);
    }

    private static HistoricalEntry On(int year, int month, int day) =>
        HistoricalEntry.Create(new DateOnly(year, month, day), Doc("112/BVĐK-TCCB"), "council-1", EnteredAt);

    private static RegistrationContent Content() => new([AwardCatalogue.ProvincialFlag], [], []);

    private CampaignRegistration Register(HistoricalEntry? historical, DateTimeOffset? at = null) =>
        CampaignRegistration.Register(_campaign, _hospital, [_authority.Id], Content(), "council-1", at ?? EnteredAt, historical);

    private CampaignReport Report(int? phase, HistoricalEntry? historical, DateTimeOffset? at = null) =>
        CampaignReport.Submit(_campaign, _hospital, [_authority.Id], phase, "Báo cáo", [], "council-1", at ?? EnteredAt, historical);

    [Fact]
    public void ARegistration_OnTheDeadline_IsInTime_TheDayAfter_IsLate()
    {
        var registration = Register(On(2020, 7, 31));
        registration.RecordedAs.ShouldBe(RecordingMode.History);
        registration.SubmittedAt.ShouldBe(EnteredAt);
        registration.History.ShouldHaveSingleItem().OccurredOn.ShouldBe(new DateOnly(2020, 7, 31));
        DomainAssert.ShouldViolate(RegistrationErrors.DeadlinePassed, () => Register(On(2020, 8, 1)));
        DomainAssert.ShouldViolate(RegistrationErrors.DeadlinePassed, () => Register(null));
    }

    [Fact]
    public void ARegistration_IsNotDatedBeforeTheLaunchLetter()
    {
        Register(On(2020, 7, 1)).History[0].OccurredOn.ShouldBe(new DateOnly(2020, 7, 1));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Register(On(2020, 6, 30)));
    }

    [Fact]
    public void ARegistration_KeepsItsMode_ForRevisions()
    {
        var historical = Register(On(2020, 7, 20));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsHistorical, () => historical.Revise(_campaign, _hospital, [_authority.Id], Content(), "officer", EnteredAt));
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => historical.Revise(_campaign, _hospital, [_authority.Id], Content(), "c", EnteredAt, On(2020, 7, 19)));
        historical.Revise(_campaign, _hospital, [_authority.Id], Content(), "c", EnteredAt, On(2020, 7, 20));
        historical.History.Select(h => h.Action).ShouldBe([CampaignRegistration.SubmittedAction, CampaignRegistration.RevisedAction]);

        var live = Register(null, InVietnam(2020, 7, 20));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => live.Revise(_campaign, _hospital, [_authority.Id], Content(), "c", EnteredAt, On(2020, 7, 21)));
    }

    [Fact]
    public void AReview_AsHistory_FollowsTheSubmission_WithinThePeriod()
    {
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => Register(On(2020, 7, 20)).Approve(_campaign, "c", EnteredAt, On(2020, 7, 19)));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Register(On(2020, 7, 20)).Approve(_campaign, "c", EnteredAt, On(2021, 1, 1)));
        var approved = Register(On(2020, 7, 20));
        approved.Approve(_campaign, "c", EnteredAt, On(2020, 12, 31));
        approved.Status.ShouldBe(RegistrationStatus.Approved);
        approved.History.Select(h => h.Action).ShouldBe([CampaignRegistration.SubmittedAction, CampaignRegistration.ApprovedAction]);

        var live = Register(null, InVietnam(2020, 7, 20));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => live.Reject(_campaign, "Thiếu", "c", EnteredAt, On(2020, 8, 1)));
    }

    [Fact]
    public void ALiveReview_OfAHistoricalRegistration_MakesItLive()
    {
        var registration = Register(On(2020, 7, 20));
        registration.Reject(_campaign, "Thiếu mô hình", "c", EnteredAt);
        registration.RecordedAs.ShouldBe(RecordingMode.Live);
        registration.History.ShouldHaveSingleItem();
    }

    [Fact]
    public void AReport_OnThePhasesFirstDay_IsAccepted_TheDayBefore_IsRefused()
    {
        Report(2, On(2020, 7, 28)).RecordedAs.ShouldBe(RecordingMode.History);
        DomainAssert.ShouldViolate(ReportErrors.PhaseNotStarted, () => Report(2, On(2020, 7, 27)));
    }

    [Fact]
    public void AFinalReport_IsNotDatedBeforeTheLaunchLetter_AndKeepsItsMode()
    {
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Report(null, On(2020, 6, 30)));
        Report(null, On(2020, 7, 1)).History[0].OccurredOn.ShouldBe(new DateOnly(2020, 7, 1));
        var report = Report(null, On(2020, 8, 1));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsHistorical, () => report.Revise(_campaign, _hospital, [_authority.Id], "Sửa", [], "officer", EnteredAt));
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => report.Revise(_campaign, _hospital, [_authority.Id], "Sửa", [], "c", EnteredAt, On(2020, 7, 31)));
        report.Revise(_campaign, _hospital, [_authority.Id], "Sửa", [], "c", EnteredAt, On(2020, 12, 20));
        report.History.Select(h => h.Action).ShouldBe([CampaignReport.SubmittedAction, CampaignReport.RevisedAction]);

        var live = Report(1, null, InVietnam(2020, 7, 10));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => live.Revise(_campaign, _hospital, [_authority.Id], "Sửa", [], "c", EnteredAt, On(2020, 7, 20)));
    }
}
