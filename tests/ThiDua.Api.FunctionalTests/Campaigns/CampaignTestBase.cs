using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// Seed 003 as data: letter 1975/SYT-VP of Sở Y tế Thanh Hóa (2020-07-01) launching the 2020 patriotic emulation
/// movement, two phases (26/6–27/7 and 28/7–31/12), contents 2.1–2.10 (2.3 and 2.7 with a 100 % target).
/// </summary>
public abstract class CampaignTestBase(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>10 July 2020, 09:00 in Vietnam: after the launch, before the registration deadline (31 July).</summary>
    protected static readonly DateTimeOffset July10 = new(2020, 7, 10, 9, 0, 0, TimeSpan.FromHours(7));

    protected UnitDetailsDto Authority { get; private set; } = null!;

    private static readonly string[] ContentTexts =
    [
        "Tổ chức phát động, hưởng ứng các phong trào thi đua yêu nước thường xuyên, chuyên đề",
        "Thi đua nâng cao năng lực; phong trào nghiên cứu khoa học - sáng kiến cải tiến kỹ thuật",
        "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Phòng chống dịch bệnh Covid-19 và các bệnh dịch khác",
        "Thực hiện Quy chế dân chủ; cơ sở y tế Xanh - Sạch - Đẹp",
        "Ứng dụng công nghệ thông tin, cải cách hành chính",
        "Phòng chống thiên tai, tìm kiếm cứu nạn năm 2020",
        "Phong trào văn nghệ, thể dục, thể thao",
        "Lập thành tích chào mừng Đại hội thi đua yêu nước lần thứ X",
    ];

    /// <summary>
    /// The letter's plan. The letter itself sets no registration deadline; most tests give one (31 July 2020) to exercise
    /// the deadline rules, and <paramref name="registrationDeadline"/> null leaves it out, as the letter does.
    /// </summary>
    protected static JsonObject Letter1975(object? phases = null, object? contents = null, string? registrationDeadline = "2020-07-31")
    {
        var plan = Letter1975Plan(phases, contents);
        if (registrationDeadline is null)
        {
            plan.Remove("registrationDeadline");
        }
        else
        {
            plan["registrationDeadline"] = registrationDeadline;
        }

        return plan;
    }

    private static JsonObject Letter1975Plan(object? phases, object? contents) => JsonSerializer(new
    {
        title = "Phong trào thi đua yêu nước năm 2020",
        theme = "Cán bộ, công chức, viên chức, lao động ngành y tế Thanh Hóa phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ trong trạng thái bình thường mới",
        kind = "regular",
        periodStart = "2020-06-26",
        periodEnd = "2020-12-31",
        letter = new
        {
            number = "1975/SYT-VP",
            date = "2020-07-01",
            signerName = "Trịnh Hữu Hùng",
            signerTitle = "Giám đốc",
            recipients = new[] { "Thủ trưởng các đơn vị trong ngành", "Ban TĐKT tỉnh", "LĐLĐ tỉnh" },
            coLaunchers = new[] { "Thường trực Công đoàn Ngành Y tế Thanh Hóa" },
        },
        phases = phases ?? new object[]
        {
            new { name = "Đợt 1", start = "2020-06-26", end = "2020-07-27", focus = "Tuyên truyền, giáo dục truyền thống uống nước nhớ nguồn", commemorations = new[] { "Ngày Thương binh Liệt sỹ 27/7" } },
            new { name = "Đợt 2", start = "2020-07-28", end = "2020-12-31", focus = "Cao điểm thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XIX", commemorations = Array.Empty<string>() },
        },
        contents = contents ?? ContentTexts.Select((text, i) => new
        {
            code = $"2.{i + 1}",
            text,
            target = i is 2 or 6 ? new { value = 100m, unitOfMeasure = "%" } : null,
        }).ToArray(),
        registrationDeadline = "2020-07-31",
    });

    protected static JsonObject JsonSerializer(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Json)!.AsObject();

    protected async Task<HttpResponseMessage> DraftAsync(JsonObject plan, HttpClient? client = null)
    {
        plan["launchingAuthorityId"] = Authority.Id;
        return await (client ?? Admin).PostAsJsonAsync("/api/v1/campaigns", plan, Json, Ct);
    }

    protected async Task ArrangeAsync() =>
        Authority = await Admin.CreateUnitAsync("SYT-THA", "Sở Y tế Thanh Hóa", kind: "department", province: "Thanh Hóa");


    /// <summary>The authority, with the letter 1975 drafted and launched by its council; the clock on 10 July 2020.</summary>
    protected async Task<CampaignDetailsDto> LaunchLetter1975Async(JsonObject? plan = null)
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var drafted = await DraftAsync(plan ?? Letter1975());
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var campaign = await ReadAsync<CampaignDetailsDto>(drafted);
        var launched = await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);
        launched.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await ReadAsync<CampaignDetailsDto>(launched);
    }
}
