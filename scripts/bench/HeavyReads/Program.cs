// Builds the three heavy cases of issue 13 target 3 through a running ThiDua API, as its clients would, then times
// each heavy read on one keep-alive connection: wall time from sending the request to the last byte of the answer,
// measured here on the same machine (loopback), nothing subtracted. Usage (scripts/bench/heavy-reads.sh runs it):
//   HeavyReads <base-url> <admin-token> [repeat=50] [year=current year]
// Every run creates its own units (codes carry a run tag), so it may run again on the same database.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5099";
var token = args.Length > 1 ? args[1] : throw new ArgumentException("usage: HeavyReads <base-url> <admin-token> [repeat] [year]");
var repeat = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var year = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : DateTime.UtcNow.Year;
var tag = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = TimeSpan.FromHours(1) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var log = Console.Error;

async Task<JsonNode> Send(HttpMethod method, string path, object? body = null, HttpContent? content = null)
{
    using var request = new HttpRequestMessage(method, path) { Content = content ?? (body is null ? null : JsonContent.Create(body, options: json)) };
    using var response = await http.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }

    return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
}

Task<JsonNode> Post(string path, object? body = null) => Send(HttpMethod.Post, path, body ?? new { });
Task<JsonNode> Put(string path, object body) => Send(HttpMethod.Put, path, body);
static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();

async Task<Guid> Unit(string code, string name, Guid? parentId, string kind = "hospital") =>
    Id(await Post("/api/v1/units", new { code, name, kind, parentId, province = "Thanh Hóa", validFrom = "2000-01-01" }));

var documentNumber = 0;
async Task<Guid> Document(string type, string notation, string issuedOn)
{
    var metadata = new
    {
        agencyCode = "000.00.00.H56",
        agencyName = "Sở Y tế tỉnh Thanh Hóa",
        number = $"{tag}{Interlocked.Increment(ref documentNumber)}",
        notation,
        issuedOn,
        type,
        subject = "Văn bản về công tác thi đua, khen thưởng",
        signerPosition = "Giám đốc",
        signerName = "Trịnh Hữu Hùng",
        pageCount = 1,
        recipients = new[] { "Như trên", "Lưu: VT, TĐKT" },
    };
    using var form = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(metadata), Encoding.UTF8, "application/json"), "metadata" } };
    return Id(await Send(HttpMethod.Post, "/api/v1/documents", content: form));
}

async Task<(double[] Ms, long Bytes)> Time(string path, int times, Func<Task>? before = null, HttpMethod? method = null, Func<object>? body = null)
{
    var ms = new List<double>();
    long bytes = 0;
    for (var i = 0; i < times + 5; i++)
    {
        if (before is not null)
        {
            await before();
        }

        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path) { Content = body is null ? null : JsonContent.Create(body(), options: json) };
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var payload = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(payload)}");
        }

        if (i >= 5)
        {
            ms.Add(watch.Elapsed.TotalMilliseconds);
            bytes = payload.Length;
        }
    }

    return ([.. ms.Order()], bytes);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

var results = new List<(string Name, string Target, double[] Ms, long Bytes)>();
void Add(string name, string target, (double[] Ms, long Bytes) timed)
{
    results.Add((name, target, timed.Ms, timed.Bytes));
    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: median {Percentile(timed.Ms, 0.5):F1} ms, p95 {Percentile(timed.Ms, 0.95):F1} ms"));
}

var overall = Stopwatch.StartNew();

// The authority (Sở Y tế) above everything this run creates.
var authority = await Unit($"HR{tag}-SYT", $"Sở Y tế (bench {tag})", null, "department");

// 1. Ranking: a cluster of 60 units, a covenant of 100 criteria (10 contents × 10), each unit scored by 3 assessors.
log.WriteLine($"[{overall.Elapsed:mm\\:ss}] ranking case: 60 units, 100 criteria, 3 assessors");
var members = new List<Guid>();
for (var i = 0; i < 60; i++)
{
    members.Add(await Unit($"HR{tag}-BV{i:D3}", $"Bệnh viện số {i + 1} (bench {tag})", authority));
}

var cluster = Id(await Post("/api/v1/clusters", new { name = $"Cụm thi đua bench {tag}", kind = "cluster", managingAuthorityId = authority }));
await Put($"/api/v1/clusters/{cluster}/terms/{year}", new
{
    memberUnitIds = members,
    election = new { headUnitId = members[0], deputyUnitId = members[1], document = new { number = "01/BB-CTĐ", date = $"{year - 1}-12-15", issuer = "Cụm thi đua" } },
});
var criteria = Enumerable.Range(0, 100).Select(i => new
{
    code = $"{(i / 10) + 1}.{(i % 10) + 1}",
    contentNumber = (i / 10) + 1,
    description = $"Chỉ tiêu {(i / 10) + 1}.{(i % 10) + 1}",
    maxPoints = 10m,
    isGate = i % 25 == 0,
}).ToArray();
var covenant = Id(await Post("/api/v1/covenants", new
{
    clusterId = cluster,
    year,
    title = $"Giao ước thi đua năm {year}",
    scaleMax = 1000,
    signingDeadline = $"{year}-12-31",
    contents = Enumerable.Range(1, 10).Select(n => new { number = n, title = $"Nội dung {n}" }).ToArray(),
    criteria,
    bonusRules = new[] { new { code = "B1", description = "Sáng kiến", cap = 20m } },
    penaltyRules = new[] { new { code = "P1", description = "Báo cáo chậm", cap = 20m } },
}));
await Post($"/api/v1/covenants/{covenant}/open-for-signing");
foreach (var unit in members)
{
    await Post($"/api/v1/covenants/{covenant}/signatures", new { unitId = unit });
}

await Post($"/api/v1/covenants/{covenant}/open-for-scoring");
for (var u = 0; u < members.Count; u++)
{
    foreach (var assessor in new[] { "self", "peer", "verified" })
    {
        var scores = criteria.Select((c, i) => new { code = c.code, points = (decimal)((u * 7 + i * 3 + assessor.Length) % 11) }).ToArray();
        await Put($"/api/v1/covenants/{covenant}/assessments/{members[u]}?assessor={assessor}", new
        {
            peerUnitId = assessor == "peer" ? members[(u + 1) % members.Count] : (Guid?)null,
            criteria = scores,
            bonuses = new[] { new { code = "B1", points = (decimal)(u % 5) } },
            penalties = new[] { new { code = "P1", points = (decimal)(u % 3) } },
            note = assessor == "verified" ? "Thẩm định theo biên bản kiểm tra của Khối" : null,
        });
    }
}

var ranking = await Time($"/api/v1/covenants/{covenant}/ranking", repeat);
Add("GET covenant ranking (60 units × 100 criteria × 3 assessors)", "< 50", ranking);
var clusterRead = await Time($"/api/v1/clusters/{cluster}", repeat);
Add("GET cluster (60 members)", "", clusterRead);
var termRead = await Time($"/api/v1/clusters/{cluster}/terms/{year}", repeat);
Add($"GET cluster term {year} (60 members)", "", termRead);

// 2. Eligibility of a 200-line dossier: 200 people of one hospital, each rated, each proposed for an individual title;
// the submission evaluates every line (ADR 0021). Timed: submit; untimed between two submits: the receiving
// authority returns the dossier.
log.WriteLine($"[{overall.Elapsed:mm\\:ss}] dossier case: 200 lines");
var hospital = members[2];
var nominationYear = year - 1;
var nomination = Id(await Post("/api/v1/nominations", new
{
    proposingUnitId = hospital, year = nominationYear, title = $"Đề nghị công nhận danh hiệu thi đua năm {nominationYear}",
}));
for (var i = 0; i < 200; i++)
{
    var person = Id(await Post("/api/v1/people", new
    {
        fullName = $"Nguyễn Văn Bench {tag} {i:D3}", gender = i % 2 == 0 ? "male" : "female", unitId = hospital, position = "Bác sĩ", employedFrom = "2015-01-01",
    }));
    for (var y = nominationYear - 2; y <= nominationYear; y++)
    {
        await Put($"/api/v1/people/{person}/ratings/{y}", new { rating = "excellent" });
    }

    await Post($"/api/v1/nominations/{nomination}/lines", new
    {
        personId = person, awardTypeCode = "LDTT", achievementSummary = $"Hoàn thành tốt nhiệm vụ năm {nominationYear}", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" },
    });
}

var submissions = new Queue<Guid>();
for (var i = 0; i < repeat + 5; i++)
{
    submissions.Enqueue(await Document("submission", "TTr-BV", $"{year}-11-20"));
}

var submitted = false;
var submit = await Time($"/api/v1/nominations/{nomination}/submit", repeat,
    before: async () =>
    {
        if (submitted)
        {
            await Post($"/api/v1/nominations/{nomination}/return", new { reason = "Bổ sung hồ sơ (bench)" });
        }

        submitted = true;
    },
    method: HttpMethod.Post,
    body: () => new { submission = new { documentId = submissions.Dequeue() } });
Add("POST submit: eligibility of a 200-line dossier", "< 200", submit);
var dossier = await Time($"/api/v1/nominations/{nomination}", repeat);
Add("GET dossier (200 lines with eligibility)", "", dossier);

// 3. Campaign summary: a campaign of the authority, 500 units registered and approved, each with a phase-1 report.
log.WriteLine($"[{overall.Elapsed:mm\\:ss}] campaign case: 500 units");
var participants = new List<Guid>(members);
for (var i = participants.Count; i < 500; i++)
{
    participants.Add(await Unit($"HR{tag}-TYT{i:D3}", $"Trạm Y tế số {i + 1} (bench {tag})", authority, "other"));
}

var contents = Enumerable.Range(1, 10).Select(i => new
{
    code = $"2.{i}",
    text = $"Nội dung thi đua 2.{i}",
    target = i <= 4 ? new { value = 90m + i, unitOfMeasure = "%", direction = i == 4 ? "atMost" : "atLeast" } : null,
}).ToArray();
var campaign = Id(await Post("/api/v1/campaigns", new
{
    launchingAuthorityId = authority,
    title = $"Phong trào thi đua yêu nước năm {year} (bench {tag})",
    theme = "Cán bộ, công chức, viên chức ngành y tế phấn đấu hoàn thành xuất sắc nhiệm vụ",
    kind = "regular",
    periodStart = $"{year}-01-01",
    periodEnd = $"{year}-12-31",
    letter = new
    {
        number = $"{tag}/SYT-VP", date = $"{year}-01-02", signerName = "Trịnh Hữu Hùng", signerTitle = "Giám đốc",
        recipients = new[] { "Thủ trưởng các đơn vị trong ngành" }, coLaunchers = Array.Empty<string>(),
    },
    phases = new[]
    {
        new { name = "Đợt 1", start = $"{year}-01-01", end = $"{year}-06-30", focus = "Sơ kết 6 tháng", commemorations = Array.Empty<string>() },
        new { name = "Đợt 2", start = $"{year}-07-01", end = $"{year}-12-31", focus = "Tổng kết năm", commemorations = Array.Empty<string>() },
    },
    contents,
    registrationDeadline = $"{year}-12-31",
}));
await Post($"/api/v1/campaigns/{campaign}/launch");
for (var i = 0; i < participants.Count; i++)
{
    var unit = participants[i];
    await Put($"/api/v1/campaigns/{campaign}/registrations/{unit}", new
    {
        targetTitles = new[] { "CO_THI_DUA_TINH" },
        models = new[] { new { name = "Đổi mới phong cách, thái độ phục vụ", description = "Triển khai tại 100% khoa", expectedResults = "Tỷ lệ hài lòng ≥ 95%" } },
        individualTargets = new[] { new { fullName = $"Lê Văn Hải {i}", position = "Trưởng khoa", targetTitle = "CSTDCS" } },
    });
    await Post($"/api/v1/campaigns/{campaign}/registrations/{unit}/approve");
    await Put($"/api/v1/campaigns/{campaign}/reports/{unit}/phase-1", new
    {
        narrative = "Báo cáo sơ kết đợt 1",
        indicators = new object[]
        {
            new { name = "Tỷ lệ tiêm chủng đầy đủ", value = 85m + (i % 15), unitOfMeasure = "%", contentCode = "2.1" },
            new { name = "Tỷ lệ hài lòng người bệnh", value = 88m + (i % 12), unitOfMeasure = "%", contentCode = "2.2" },
            new { name = "Tỷ lệ nhiễm khuẩn bệnh viện", value = (decimal)(i % 9), unitOfMeasure = "%", contentCode = "2.4" },
        },
    });
}

var summary = await Time($"/api/v1/campaigns/{campaign}/summary", repeat);
Add("GET campaign summary (500 units, 500 reports)", "< 100", summary);

log.WriteLine($"[{overall.Elapsed:mm\\:ss}] done");
Console.WriteLine($"Heavy reads: {repeat} timed requests each after 5 warm-ups, one keep-alive connection, wall time in the client (ms)");
Console.WriteLine($"{"read",-62} {"target",7} {"median",8} {"p95",8} {"p99",8} {"max",8} {"bytes",9}");
foreach (var (name, target, ms, bytes) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-62} {target,7} {Percentile(ms, 0.5),8:F1} {Percentile(ms, 0.95),8:F1} {Percentile(ms, 0.99),8:F1} {ms[^1],8:F1} {bytes,9}"));
}
