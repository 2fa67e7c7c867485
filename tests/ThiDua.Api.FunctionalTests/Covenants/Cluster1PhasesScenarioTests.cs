using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.FunctionalTests.Covenants;

/// <summary>
/// Seed 000: Cụm thi đua số I of the Sở Y tế Hà Nội signs its 2023 covenant (10 contents), whose programme runs in three
/// phases: Đợt I 01/01–30/04/2023 "Mừng Đảng, Mừng xuân, mừng đất nước đổi mới", Đợt II 01/05–31/07/2023, Đợt III
/// 01/08–31/12/2023. The phases are stored and returned, refused when they do not fit the year, and frozen once the
/// covenant is opened for signing.
/// </summary>
public sealed class Cluster1PhasesScenarioTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] Contents =
    [
        "Thi đua hoàn thành thắng lợi các chỉ tiêu chuyên môn, nhiệm vụ chính trị của mỗi cơ quan",
        "Thực hiện có hiệu quả các chỉ tiêu Kế hoạch năm 2023 mà Sở Y tế Hà Nội và UBND Thành phố giao",
        "Thi đua chào mừng các sự kiện chính trị, các ngày lễ, ngày kỷ niệm lớn trong năm 2023",
        "Kiểm tra, giám sát chất lượng hoạt động của các bệnh viện và công đoàn các cấp",
        "Thi đua thực hiện văn hóa công sở và nơi công cộng gắn với Đề án “Văn hóa công vụ”",
        "Tổ chức triển khai có hiệu quả phong trào “Người tốt – Việc tốt”",
        "Thi đua chào mừng kỷ niệm các ngày lễ lớn; công tác đền ơn đáp nghĩa",
        "Thi đua đảm bảo an ninh quốc phòng; phong trào “nghiên cứu khoa học, sáng kiến sáng tạo”",
        "Thi đua thực hiện hiệu quả công tác cải cách hành chính",
        "Thực hiện tốt công tác thi đua, khen thưởng; xây dựng quy chế hoạt động của Cụm thi đua số I",
    ];

    private static readonly object[] Seed000Phases =
    [
        new
        {
            name = "Đợt I",
            start = "2023-01-01",
            end = "2023-04-30",
            theme = "Mừng Đảng, Mừng xuân, mừng đất nước đổi mới",
            commemorations = new[] { "93 năm ngày thành lập Đảng Cộng sản Việt Nam", "48 năm Ngày giải phóng miền Nam thống nhất đất nước", "68 năm ngày Thầy thuốc Việt Nam" },
        },
        new
        {
            name = "Đợt II",
            start = "2023-05-01",
            end = "2023-07-31",
            focus = "Phấn đấu hoàn thành và hoàn thành xuất sắc nhiệm vụ 6 tháng đầu năm 2023",
            commemorations = new[] { "94 năm thành lập tổ chức Công đoàn Việt Nam", "76 năm Ngày Thương binh liệt sỹ (27/7/1947 – 27/7/2023)", "133 năm ngày sinh Chủ tịch Hồ Chí Minh" },
        },
        new
        {
            name = "Đợt III",
            start = "2023-08-01",
            end = "2023-12-31",
            focus = "Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu của đơn vị",
            commemorations = new[] { "78 năm Cách mạng Tháng Tám và Quốc khánh 2/9", "69 năm ngày Giải phóng Thủ đô" },
        },
    ];

    private Guid _clusterId;

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = March2023;
        var authority = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        _clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số I", authority.Id)).Id;
        var members = new List<UnitDetailsDto>();
        foreach (var code in new[] { "BV-XANHPON", "BV-SAINTPAUL", "TTKN-HN" })
        {
            members.Add(await Admin.CreateUnitAsync(code, parentId: authority.Id));
        }

        (await Admin.PutTermAsync(_clusterId, 2023, members.Select(m => m.Id), members[0].Id)).EnsureSuccessStatusCode();
    }

    private static JsonObject Covenant(object? phases)
    {
        var body = JsonSerializer.SerializeToNode(new
        {
            title = "Giao ước thi đua năm 2023 của Cụm thi đua số I",
            scaleMax = 100m,
            signingDeadline = "2023-03-31",
            contents = Contents.Select((title, i) => new { number = i + 1, title }).ToArray(),
            criteria = Contents.Select((_, i) => new { code = $"{i + 1}.1", contentNumber = i + 1, description = "Mức độ hoàn thành", maxPoints = 10m, isGate = false }).ToArray(),
        }, Json)!.AsObject();
        if (phases is not null)
        {
            body["phases"] = JsonSerializer.SerializeToNode(phases, Json);
        }

        return body;
    }

    private Task<HttpResponseMessage> DraftAsync(object? phases = null)
    {
        var body = Covenant(phases);
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        return Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);
    }

    private Task<HttpResponseMessage> ReviseAsync(Guid id, object? phases) => Admin.PutAsJsonAsync($"/api/v1/covenants/{id}", Covenant(phases), Json, Ct);

    private static object Phase(string name, string start, string end) => new { name, start, end };

    [Fact]
    public async Task TheCovenantOf2023_CarriesItsThreePhases_AndFreezesThemWhenOpenedForSigning()
    {
        await ArrangeAsync();

        var drafted = await DraftAsync(Seed000Phases);

        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var covenant = await ReadAsync<CovenantDetailsDto>(drafted);
        covenant.Contents.Count.ShouldBe(10);
        covenant.Phases.Select(p => (p.Number, p.Name, p.Start, p.End)).ShouldBe(
        [
            (1, "Đợt I", new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30)),
            (2, "Đợt II", new DateOnly(2023, 5, 1), new DateOnly(2023, 7, 31)),
            (3, "Đợt III", new DateOnly(2023, 8, 1), new DateOnly(2023, 12, 31)),
        ]);
        covenant.Phases[0].Theme.ShouldBe("Mừng Đảng, Mừng xuân, mừng đất nước đổi mới");
        covenant.Phases[1].Commemorations.ShouldContain("133 năm ngày sinh Chủ tịch Hồ Chí Minh");
        covenant.Phases[2].Focus.ShouldBe("Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu của đơn vị");

        // A PUT carrying phases stores them (it used to answer 200 and drop them); read back with GET.
        var revised = await ReviseAsync(covenant.Id, new[] { Phase("Đợt I", "2023-01-01", "2023-06-30"), Phase("Đợt II", "2023-07-01", "2023-12-31") });
        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync(Ct));
        var read = await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant.Id}", Ct));
        read.Phases.Select(p => p.End).ShouldBe([new DateOnly(2023, 6, 30), new DateOnly(2023, 12, 31)]);
        (await ReviseAsync(covenant.Id, Seed000Phases)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Admin.PostAsync($"/api/v1/covenants/{covenant.Id}/open-for-signing", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var frozen = await ReviseAsync(covenant.Id, new[] { Phase("Cả năm", "2023-01-01", "2023-12-31") });

        await ShouldBeProblemAsync(frozen, HttpStatusCode.Conflict, CovenantErrors.NotDraft.Code);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant.Id}", Ct))).Phases.Count.ShouldBe(3);
    }

    [Fact]
    public async Task ACovenantWithoutPhases_HasNone_AndAnEmptyListClearsThem()
    {
        await ArrangeAsync();
        var covenant = await ReadAsync<CovenantDetailsDto>(await DraftAsync());
        covenant.Phases.ShouldBeEmpty();

        (await ReviseAsync(covenant.Id, Seed000Phases)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cleared = await ReviseAsync(covenant.Id, Array.Empty<object>());

        (await ReadAsync<CovenantDetailsDto>(cleared)).Phases.ShouldBeEmpty();
    }

    [Fact]
    public async Task TouchingPhasesAndGaps_AreAccepted()
    {
        await ArrangeAsync();

        var response = await DraftAsync(new[] { Phase("Đợt 1", "2023-01-01", "2023-01-01"), Phase("Đợt 2", "2023-01-02", "2023-03-31"), Phase("Đợt 3", "2023-10-01", "2023-12-31") });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<CovenantDetailsDto>(response)).Phases.Count.ShouldBe(3);
    }

    public static TheoryData<string, string, string, string, string> InvalidPhases() => new()
    {
        { "2023-01-01", "2023-04-30", "2023-04-30", "2023-12-31", CovenantErrors.PhasesOverlap.Code },
        { "2023-05-01", "2023-07-31", "2023-01-01", "2023-04-30", CovenantErrors.PhasesOutOfOrder.Code },
        { "2022-12-31", "2023-04-30", "2023-05-01", "2023-12-31", CovenantErrors.PhaseOutsideYear.Code },
        { "2023-01-01", "2023-04-30", "2023-05-01", "2024-01-01", CovenantErrors.PhaseOutsideYear.Code },
        { "2023-01-01", "2023-04-30", "2023-07-31", "2023-05-01", CovenantErrors.PhaseEndsBeforeStart.Code },
    };

    [Theory]
    [MemberData(nameof(InvalidPhases))]
    public async Task InvalidPhases_Return422WithTheirCode_OnDraftAndOnRevise(string s1, string e1, string s2, string e2, string code)
    {
        await ArrangeAsync();
        var phases = new[] { Phase("Đợt 1", s1, e1), Phase("Đợt 2", s2, e2) };

        await ShouldBeProblemAsync(await DraftAsync(phases), HttpStatusCode.UnprocessableEntity, code);

        var covenant = await ReadAsync<CovenantDetailsDto>(await DraftAsync(Seed000Phases));
        await ShouldBeProblemAsync(await ReviseAsync(covenant.Id, phases), HttpStatusCode.UnprocessableEntity, code);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant.Id}", Ct))).Phases.Count.ShouldBe(3);
    }

    [Fact]
    public async Task APhaseWithoutName_Returns400NamingIt()
    {
        await ArrangeAsync();

        var response = await DraftAsync(new[] { new { name = " ", start = "2023-01-01", end = "2023-04-30" } });

        await ShouldBeValidationProblemAsync(response, "phases[0].name");
    }

    [Fact]
    public async Task UnknownProperties_Return400_InsteadOfBeingDropped()
    {
        await ArrangeAsync();
        var covenant = await ReadAsync<CovenantDetailsDto>(await DraftAsync());
        var body = Covenant(null);
        body["dots"] = JsonSerializer.SerializeToNode(Seed000Phases, Json);

        var revise = await Admin.PutAsJsonAsync($"/api/v1/covenants/{covenant.Id}", body, Json, Ct);
        body["clusterId"] = _clusterId;
        body["year"] = 2023;
        var draft = await Admin.PostAsJsonAsync("/api/v1/covenants", body, Json, Ct);

        (await ShouldBeProblemAsync(revise, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code)).GetProperty("detail").GetString()!.ShouldContain("dots");
        await ShouldBeProblemAsync(draft, HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsThePhaseCodes_OnDraftAndRevise()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/v1/covenants", "post"), ("/api/v1/covenants/{covenantId}", "put") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            var description = operation.GetProperty("description").GetString()!;
            foreach (var code in new[] { CovenantErrors.PhaseEndsBeforeStart.Code, CovenantErrors.PhaseOutsideYear.Code, CovenantErrors.PhasesOutOfOrder.Code, CovenantErrors.PhasesOverlap.Code, FrameworkErrors.UnknownField.Code })
            {
                description.ShouldContain($"`{code}`", Case.Sensitive);
            }

            operation.GetProperty("responses").TryGetProperty("422", out _).ShouldBeTrue();
        }

        var phase = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("CovenantPhaseInput").GetProperty("properties");
        foreach (var property in new[] { "name", "start", "end", "theme", "focus", "commemorations" })
        {
            phase.TryGetProperty(property, out _).ShouldBeTrue($"CovenantPhaseInput lacks {property}");
        }
    }
}
