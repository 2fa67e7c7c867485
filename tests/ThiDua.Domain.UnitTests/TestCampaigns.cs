using System.Globalization;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests;

/// <summary>Builds campaigns like seed 003 (letter 1975/SYT-VP, 2020-06-26 – 2020-12-31, registrations until 2020-07-31).</summary>
internal static class TestCampaigns
{
    public static readonly DateOnly Start = new(2020, 6, 26);
    public static readonly DateOnly End = new(2020, 12, 31);
    public static readonly HashSet<UnitId> NoneUnder = [];

    /// <summary>An instant given as a wall-clock time in Vietnam (UTC+7).</summary>
    public static DateTimeOffset InVietnam(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static CampaignPhase Phase(int number, string from, string to) =>
        new(number, $"Đợt {number}", DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), null, []);

    public static CampaignPlan Plan(
        IReadOnlyList<CampaignPhase>? phases = null,
        IReadOnlyList<CampaignContent>? contents = null,
        DateOnly? registration = null,
        CampaignScope? scope = null,
        DateOnly? periodEnd = null) =>
        new(
            "  Phong trào thi đua yêu nước năm 2020 ",
            "Hoàn thành tốt các mục tiêu, nhiệm vụ",
            null,
            CampaignKind.Regular,
            Start,
            periodEnd ?? End,
            new LaunchLetter("1975/SYT-VP", new DateOnly(2020, 7, 1), "Trịnh Hữu Hùng", "Giám đốc", [], []),
            phases ?? [Phase(1, "2020-06-26", "2020-07-27"), Phase(2, "2020-07-28", "2020-12-31")],
            contents ?? [new CampaignContent("2.1", "Nội dung", null)],
            registration ?? new DateOnly(2020, 7, 31),
            null,
            null,
            scope ?? new CampaignScope(true, []));

    public static Campaign Draft(CampaignPlan? plan = null, IReadOnlySet<UnitId>? under = null, OrganisationUnit? authority = null) =>
        Campaign.Draft(authority ?? Active("SYT-THA"), plan ?? Plan(), under ?? NoneUnder, Now);

    /// <summary>A launched campaign of <paramref name="authority"/> (launched on 2020-07-01).</summary>
    public static Campaign Launched(OrganisationUnit authority, CampaignPlan? plan = null, IReadOnlySet<UnitId>? under = null)
    {
        var campaign = Draft(plan, under, authority);
        campaign.Launch(InVietnam(2020, 7, 1));
        return campaign;
    }
}
