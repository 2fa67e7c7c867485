using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestCampaigns;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.CampaignReports;

/// <summary>Rules of phase and final reports: scope, phases, indicators against content targets.</summary>
public class CampaignReportTests
{
    private readonly OrganisationUnit _authority = Active("SYT-THA");
    private readonly OrganisationUnit _hospital;
    private readonly Campaign _campaign;

    public CampaignReportTests()
    {
        _hospital = Active("BVDK-THA", _authority);
        _campaign = Launched(_authority, Plan(contents:
        [
            new CampaignContent("2.3", "100% đơn vị thực hiện Kế hoạch 38/KH-SYT", new CampaignTarget(100m, "%")),
            new CampaignContent("2.5", "Phòng chống dịch bệnh", null),
        ]));
    }

    private CampaignReport Submit(int? phase = 1, IReadOnlyList<ReportIndicator>? indicators = null, DateTimeOffset? at = null) =>
        CampaignReport.Submit(_campaign, _hospital, [_authority.Id], phase, "Báo cáo sơ kết đợt 1", indicators ?? [], "officer", at ?? InVietnam(2020, 7, 28));

    [Fact]
    public void Submit_WithIndicatorsAgainstContents_IsKept()
    {
        var report = Submit(indicators:
        [
            new ReportIndicator("Tỷ lệ khoa, phòng thực hiện kế hoạch", 100m, " % ", "2.3"),
            new ReportIndicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5"),
            new ReportIndicator("Cơ sở thực phẩm được kiểm tra", 195m, "cơ sở", null),
            new ReportIndicator("Cơ sở thực phẩm đạt", 173m, "cơ sở", null),
        ]);

        report.PhaseNumber.ShouldBe(1);
        report.Indicators.Count.ShouldBe(4);
        report.Indicators[0].UnitOfMeasure.ShouldBe("%");
    }

    [Fact]
    public void Submit_FinalReport_HasNoPhase() => Submit(phase: null).PhaseNumber.ShouldBeNull();

    [Fact]
    public void Submit_ForAPhaseTheCampaignDoesNotHave_ThrowsUnknownPhase() =>
        DomainAssert.ShouldViolate(ReportErrors.UnknownPhase, () => Submit(phase: 3));

    [Fact]
    public void Submit_BeforeThePhaseStartsInVietnam_ThrowsPhaseNotStarted()
    {
        // Phase 2 starts on 2020-07-28; 2020-07-27 17:00 UTC is already that day in Vietnam.
        DomainAssert.ShouldViolate(ReportErrors.PhaseNotStarted, () => Submit(phase: 2, at: InVietnam(2020, 7, 27, 23, 59)));
        Submit(phase: 2, at: new DateTimeOffset(2020, 7, 27, 17, 0, 0, TimeSpan.Zero)).PhaseNumber.ShouldBe(2);
    }

    [Fact]
    public void Submit_WhenTheCampaignIsStillADraft_ThrowsNotLaunched() =>
        DomainAssert.ShouldViolate(CampaignErrors.NotLaunched,
            () => CampaignReport.Submit(Draft(authority: _authority), _hospital, [_authority.Id], 1, "Báo cáo", [], "officer", InVietnam(2020, 7, 28)));

    [Fact]
    public void Submit_WhenTheUnitIsNotAddressed_ThrowsUnitOutOfScope() =>
        DomainAssert.ShouldViolate(ReportErrors.UnitOutOfScope,
            () => CampaignReport.Submit(_campaign, Active("BV-HN"), [], 1, "Báo cáo", [], "officer", InVietnam(2020, 7, 28)));

    [Fact]
    public void Submit_WhenTheUnitWasMerged_ThrowsUnitNotActive() =>
        DomainAssert.ShouldViolate(ReportErrors.UnitNotActive,
            () => CampaignReport.Submit(_campaign, Inactive("BV-OLD", UnitStatus.Merged), [_authority.Id], 1, "Báo cáo", [], "officer", InVietnam(2020, 7, 28)));

    [Fact]
    public void Submit_AgainstAnUnknownContent_ThrowsUnknownContent() =>
        DomainAssert.ShouldViolate(ReportErrors.UnknownContent, () => Submit(indicators: [new ReportIndicator("Số đề tài", 22m, "đề tài", "9.9")]));

    [Fact]
    public void Submit_InAnotherUnitThanTheContentsTarget_ThrowsIndicatorUnitMismatch() =>
        DomainAssert.ShouldViolate(ReportErrors.IndicatorUnitMismatch, () => Submit(indicators: [new ReportIndicator("Số khoa thực hiện", 12m, "khoa", "2.3")]));

    [Fact]
    public void Submit_WithTheSameIndicatorTwiceIgnoringCase_ThrowsDuplicateIndicator() =>
        DomainAssert.ShouldViolate(ReportErrors.DuplicateIndicator, () => Submit(indicators:
        [
            new ReportIndicator("Đơn vị máu", 117m, "đơn vị", "2.5"),
            new ReportIndicator("đơn vị máu", 100m, "Đơn vị", "2.5"),
        ]));

    [Fact]
    public void Submit_WithTwoValuesAgainstTheSameTargetedContent_ThrowsDuplicateIndicator()
    {
        // A target is measured by one value per unit, whatever the unit calls it; an untargeted content may have several.
        DomainAssert.ShouldViolate(ReportErrors.DuplicateIndicator, () => Submit(indicators:
        [
            new ReportIndicator("Tỷ lệ khoa thực hiện kế hoạch", 100m, "%", "2.3"),
            new ReportIndicator("Tỷ lệ phòng thực hiện kế hoạch", 90m, "%", "2.3"),
        ]));
        Submit(indicators:
        [
            new ReportIndicator("Đơn vị máu", 117m, "đơn vị", "2.5"),
            new ReportIndicator("Người hiến máu", 110m, "người", "2.5"),
        ]).Indicators.Count.ShouldBe(2);
    }

    [Fact]
    public void Revise_ReplacesIndicators_UntilTheCampaignCloses()
    {
        var report = Submit();
        report.Revise(_campaign, _hospital, [_authority.Id], "Báo cáo sơ kết đợt 1 (bổ sung)", [new ReportIndicator("Đề tài nghiên cứu được nghiệm thu", 22m, "đề tài", null)], "officer", InVietnam(2020, 8, 2));
        report.Indicators.ShouldHaveSingleItem().Value.ShouldBe(22m);

        _campaign.Close(FinalReview.Create(new DateOnly(2021, 1, 15), Doc("120/BC-SYT"), "Tổng kết"), 0, InVietnam(2021, 1, 15));

        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => report.Revise(_campaign, _hospital, [_authority.Id], "Sửa", [], "officer", InVietnam(2021, 1, 16)));
        DomainAssert.ShouldViolate(CampaignErrors.Closed, () => Submit(phase: null));
    }

    [Fact]
    public void Revise_RecordsWhenAndByWhomTheNewReportWasSubmitted()
    {
        var report = Submit(at: InVietnam(2020, 7, 28));

        report.Revise(_campaign, _hospital, [_authority.Id], "Bổ sung", [], "deputy", InVietnam(2020, 8, 2));

        (report.SubmittedAt, report.SubmittedBy).ShouldBe((InVietnam(2020, 8, 2), "deputy"));
        report.CreatedAt.ShouldBe(InVietnam(2020, 7, 28));
    }

    [Fact]
    public void Revise_WhenTheUnitWasMergedSince_ThrowsUnitNotActive()
    {
        var report = Submit();
        _hospital.MergeInto(Active("BVDK-NEW", _authority), LeftOn, Doc(), null, Now);

        DomainAssert.ShouldViolate(ReportErrors.UnitNotActive,
            () => report.Revise(_campaign, _hospital, [_authority.Id], "Bổ sung", [], "officer", InVietnam(2020, 8, 2)));
    }

    [Fact]
    public void Revise_WhenTheUnitWasTransferredOutOfTheScope_ThrowsUnitOutOfScope()
    {
        var report = Submit();

        DomainAssert.ShouldViolate(ReportErrors.UnitOutOfScope,
            () => report.Revise(_campaign, _hospital, [Active("SYT-HN").Id], "Bổ sung", [], "officer", InVietnam(2020, 8, 2)));
    }
}
