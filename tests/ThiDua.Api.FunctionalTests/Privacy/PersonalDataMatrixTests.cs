using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;

namespace ThiDua.Api.FunctionalTests.Privacy;

/// <summary>
/// Issue 15 item 2: the endpoint × role × field matrix of personal data, generated from the OpenAPI document of the test
/// host. Every GET whose 2xx response (transitively) holds a personal field must have a rule below; every rule that says
/// "personal data" is then probed over HTTP with every role, on data of the caller's own unit (for a council or an
/// integration client: a unit under its authority) and of an unrelated unit, and the answer must show or withhold the
/// field exactly as <see cref="Matrix"/> (ADR 0005, amendment of issue 15) says. A new endpoint that exposes a personal
/// field without a rule fails <see cref="EveryPersonalFieldInTheDocument_HasARule"/>; a field shown to a role that may
/// not read it fails <see cref="EveryRole_SeesPersonalDataExactlyAsTheMatrixSays"/>.
/// </summary>
public sealed class PersonalDataMatrixTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>
    /// Personal fields by JSON property name (Nghị định 13/2023/NĐ-CP, Điều 2.1–2.4; domain.md, "Personal data"): basic
    /// personal data (citizen id, birth date), and records of a person's work life the decree protects — yearly ratings,
    /// disciplines and holds, leave (sickness and maternity are health data, Điều 2.4.c), retirement — and whatever is
    /// computed from them (a line's eligibility). Name, gender, unit and positions held are not here: they are printed on
    /// the commendation decisions the law requires to be published (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 10).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PersonalFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["citizenId"] = "số định danh cá nhân / CCCD (Điều 2.3)",
        ["birthDate"] = "ngày sinh (Điều 2.3)",
        ["ratings"] = "kết quả đánh giá, xếp loại hằng năm",
        ["disciplines"] = "kỷ luật, tạm đình chỉ xét khen thưởng",
        ["hold"] = "tạm đình chỉ xét khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4.4)",
        ["leaves"] = "nghỉ ốm, thai sản (dữ liệu sức khỏe, Điều 2.4.c)",
        ["retirement"] = "thông báo, quyết định nghỉ hưu",
        ["eligibility"] = "kết quả xét điều kiện, tính từ các dữ liệu trên",
    };

    /// <summary>Schemas that are personal wherever they appear, whatever the property that holds them is called.</summary>
    public static readonly IReadOnlySet<string> PersonalSchemas = new HashSet<string>(StringComparer.Ordinal)
    {
        "RatingDto", "DisciplineDto", "LeaveDto", "RetirementDto", "LineHold", "EligibilityResult",
    };

    public enum Rule
    {
        /// <summary>Shown only to whoever may read the personal data of the unit (<see cref="Matrix"/>); withheld (null, masked, left out or 403) elsewhere.</summary>
        PersonalData,

        /// <summary>The field matches the list by name or schema but holds no person's data (the reason is given).</summary>
        NotPersonal,
    }

    /// <summary>One rule: a GET operation (path template), a field path in its response (<c>$</c> for the whole body), its rule and why.</summary>
    public sealed record FieldRule(string Operation, string Field, Rule Rule, string Why);

    /// <summary>The rules, one per personal field found in the document.</summary>
    public static readonly IReadOnlyList<FieldRule> Rules =
    [
        new("/api/v1/people/{personId}", "citizenId", Rule.PersonalData, "masked (0011*****345) for others"),
        new("/api/v1/people/{personId}", "birthDate", Rule.PersonalData, "null for others"),
        new("/api/v1/people/{personId}", "ratings", Rule.PersonalData, "null for others (issue 15 item 2)"),
        new("/api/v1/people/{personId}", "disciplines", Rule.PersonalData, "null for others"),
        new("/api/v1/people/{personId}", "leaves", Rule.PersonalData, "null for others"),
        new("/api/v1/people/{personId}", "retirement", Rule.PersonalData, "null for others"),
        new("/api/v1/people/{personId}/eligibility", "$", Rule.PersonalData, "403 for others"),
        new("/api/v1/units/{unitId}/eligibility", "$", Rule.PersonalData, "403 for others: it names disciplined members"),
        new("/api/v1/nominations/{nominationId}", "lines[].eligibility", Rule.PersonalData, "facts withheld, personal outcomes left out (eligibility.withheld); 403 outside the authority"),
        new("/api/v1/nominations/{nominationId}", "lines[].hold", Rule.PersonalData, "left out for others; 403 outside the authority"),
        new("/api/v1/awards", "items[].person.citizenId", Rule.PersonalData, "masked for others (AwardLookupView)"),
        new("/api/v1/awards", "items[].person.birthDate", Rule.PersonalData, "null for others (AwardLookupView)"),
        new("/api/v1/units/{unitId}/ratings", "items[]", Rule.NotPersonal, "a collective's yearly rating (Luật 06/2022/QH15, Điều 27–28), not a person's"),
        new("/api/v1/rule-sets", "items[].eligibility", Rule.NotPersonal, "a rule set's legal parameters"),
        new("/api/v1/rule-sets/{code}", "eligibility", Rule.NotPersonal, "a rule set's legal parameters"),
        new("/api/v1/provinces/{province}/rule-set", "eligibility", Rule.NotPersonal, "a rule set's legal parameters"),
    ];

    public enum Relation
    {
        /// <summary>The caller's own unit; for a council or an integration client, a unit under its authority.</summary>
        Own,

        /// <summary>A unit of another province's authority.</summary>
        Unrelated,
    }

    /// <summary>
    /// Who reads personal data (ADR 0005 and its issue 15 amendment; api-guidelines "Personal data"): an admin anywhere, a
    /// council over the unit, the unit's own officer. Integration clients never, even under their authority.
    /// </summary>
    public static readonly IReadOnlyList<(string Role, Relation Relation, bool Visible)> Matrix =
    [
        (Roles.Admin, Relation.Own, true),
        (Roles.Admin, Relation.Unrelated, true),
        (Roles.Council, Relation.Own, true),
        (Roles.Council, Relation.Unrelated, false),
        (Roles.UnitOfficer, Relation.Own, true),
        (Roles.UnitOfficer, Relation.Unrelated, false),
        (Roles.Integration, Relation.Own, false),
        (Roles.Integration, Relation.Unrelated, false),
    ];

    private const string CitizenIdOwn = "001185012345";
    private const string CitizenIdUnrelated = "037190054321";

    private readonly Dictionary<Relation, Side> _sides = [];

    [Fact]
    public async Task EveryPersonalFieldInTheDocument_HasARule()
    {
        var document = JsonDocument.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json", Ct)).RootElement;

        var found = PersonalFieldsOf(document);

        var ruled = Rules.Select(r => (r.Operation, r.Field)).ToHashSet();
        var withoutRule = found.Where(f => !ruled.Contains(f)).Select(f => $"GET {f.Operation} → {f.Field}").ToList();
        var stale = ruled.Where(r => !found.Contains(r)).Select(r => $"GET {r.Operation} → {r.Field}").ToList();
        withoutRule.ShouldBeEmpty($"personal fields without a rule in {nameof(Rules)} (decide who may read them and add a rule and a probe)");
        stale.ShouldBeEmpty("rules for fields the document no longer has");
        Rules.Where(r => r.Rule == Rule.PersonalData).Select(r => r.Operation).Distinct().Where(o => !Probes.ContainsKey(o)).ShouldBeEmpty("personal data rules without a probe");
    }

    [Fact]
    public async Task EveryRole_SeesPersonalDataExactlyAsTheMatrixSays()
    {
        await ArrangeAsync();
        var breaches = new StringBuilder();
        var cells = 0;
        foreach (var (role, relation, visible) in Matrix)
        {
            var caller = CallerFor(role);
            var side = _sides[relation];
            foreach (var group in Rules.Where(r => r.Rule == Rule.PersonalData).GroupBy(r => r.Operation))
            {
                var (status, body) = await GetAsync(caller, Probes[group.Key].Url(side));
                foreach (var rule in group)
                {
                    cells++;
                    var shown = status == HttpStatusCode.OK && Probes[group.Key].Shows(rule.Field, body!.Value, side);
                    if (status is not (HttpStatusCode.OK or HttpStatusCode.Forbidden))
                    {
                        breaches.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{role} on {relation}: GET {rule.Operation} answered {(int)status}");
                    }
                    else if (shown != visible)
                    {
                        breaches.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{role} on {relation}: GET {rule.Operation} → {rule.Field} is {(shown ? "shown" : "withheld")}, expected {(visible ? "shown" : "withheld")} ({rule.Why})");
                    }
                }
            }
        }

        cells.ShouldBe(Matrix.Count * Rules.Count(r => r.Rule == Rule.PersonalData));
        breaches.ToString().ShouldBeEmpty();
    }

    /// <summary>Every (operation, field) of a 2xx GET response that is personal by <see cref="PersonalFields"/> or <see cref="PersonalSchemas"/>.</summary>
    public static HashSet<(string Operation, string Field)> PersonalFieldsOf(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var found = new HashSet<(string, string)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            foreach (var response in get.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
            {
                if (!response.Value.TryGetProperty("content", out var content))
                {
                    continue;
                }

                foreach (var media in content.EnumerateObject())
                {
                    if (media.Value.TryGetProperty("schema", out var schema))
                    {
                        Walk(schemas, schema, string.Empty, [], field => found.Add((path.Name, field)));
                    }
                }
            }
        }

        return found;
    }

    private static void Walk(JsonElement schemas, JsonElement schema, string path, HashSet<string> seen, Action<string> found)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (PersonalSchemas.Contains(name))
            {
                found(path.Length == 0 ? "$" : path);
                return;
            }

            if (seen.Add(name))
            {
                Walk(schemas, schemas.GetProperty(name), path, seen, found);
                seen.Remove(name);
            }

            return;
        }

        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    Walk(schemas, part, path, seen, found);
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(schemas, items, path + "[]", seen, found);
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                if (PersonalFields.ContainsKey(property.Name))
                {
                    found(field);
                }
                else
                {
                    Walk(schemas, property.Value, field, seen, found);
                }
            }
        }
    }

    /// <summary>How each operation with personal data is called on a side's data, and whether a field is shown in its answer.</summary>
    private static readonly Dictionary<string, Probe> Probes = new Dictionary<string, Probe>(StringComparer.Ordinal)
    {
        ["/api/v1/people/{personId}"] = new(
            side => $"/api/v1/people/{side.PersonId}",
            (field, body, side) => field == "citizenId"
                ? body.GetProperty("citizenId").GetString() == side.CitizenId
                : body.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null),
        ["/api/v1/awards"] = new(
            side => $"/api/v1/awards?unitId={side.UnitId}",
            (field, body, side) => body.GetProperty("items").EnumerateArray().Any(item =>
                item.TryGetProperty("person", out var person) && person.ValueKind == JsonValueKind.Object && (field.EndsWith("citizenId", StringComparison.Ordinal)
                    ? person.GetProperty("citizenId").GetString() == side.CitizenId
                    : person.TryGetProperty("birthDate", out var birthDate) && birthDate.ValueKind != JsonValueKind.Null))),
        ["/api/v1/people/{personId}/eligibility"] = new(
            side => $"/api/v1/people/{side.PersonId}/eligibility?awardType=LDTT&year=2025",
            (_, body, _) => body.GetProperty("rules").GetArrayLength() > 0),
        ["/api/v1/units/{unitId}/eligibility"] = new(
            side => $"/api/v1/units/{side.UnitId}/eligibility?awardType=TTLDTT&year=2025",
            (_, body, _) => body.GetProperty("rules").GetArrayLength() > 0),
        ["/api/v1/nominations/{nominationId}"] = new(
            side => $"/api/v1/nominations/{side.NominationId}",
            (field, body, _) =>
            {
                var line = body.GetProperty("lines")[0];
                if (field == "lines[].hold")
                {
                    return line.TryGetProperty("hold", out var hold) && hold.ValueKind != JsonValueKind.Null;
                }

                var eligibility = line.GetProperty("eligibility");
                var rules = eligibility.GetProperty("rules").EnumerateArray().ToList();
                return eligibility.GetProperty("withheld").GetArrayLength() == 0
                    && rules.Any(r => r.GetProperty("rule").GetString() == "discipline.none_in_year")
                    && rules.All(r => r.GetProperty("facts").GetString() != NominationLineDto.WithheldFacts);
            }),
    };

    private sealed record Probe(Func<Side, string> Url, Func<string, JsonElement, Side, bool> Shows);

    private sealed record Side(Guid AuthorityId, Guid UnitId, Guid PersonId, string CitizenId, Guid NominationId);

    private HttpClient CallerFor(string role) => role switch
    {
        Roles.Admin => Admin,
        Roles.Council => ClientFor(Roles.Council, _sides[Relation.Own].AuthorityId),
        Roles.UnitOfficer => ClientFor(Roles.UnitOfficer, _sides[Relation.Own].UnitId),
        Roles.Integration => ClientFor(Roles.Integration, _sides[Relation.Own].AuthorityId, Scopes.Read),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    private static async Task<(HttpStatusCode Status, JsonElement? Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone())
            : (response.StatusCode, null);
    }

    /// <summary>Two provinces' authorities, each with a hospital, a person with every kind of personal record, and a dossier proposing them with a hold found in council.</summary>
    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sides[Relation.Own] = await SideAsync("HNAM", "Hà Nam", CitizenIdOwn);
        _sides[Relation.Unrelated] = await SideAsync("NB", "Ninh Bình", CitizenIdUnrelated);
    }

    private async Task<Side> SideAsync(string code, string province, string citizenId)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-{code}", $"Sở Y tế {province}", kind: "department", province: province);
        var hospital = await Admin.CreateUnitAsync($"BVDK-{code}", $"Bệnh viện Đa khoa tỉnh {province}", parentId: authority.Id, province: province);
        var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", birthDate = "1985-03-02", citizenId, unitId = hospital.Id, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct));
        var url = $"/api/v1/people/{person.Id}";
        var document = new { number = "12/QĐ-BV", date = "2025-03-10", issuer = "Bệnh viện" };
        (await Admin.PutAsJsonAsync($"{url}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"{url}/disciplines", new { kind = "reprimand", from = "2025-01-06", to = "2025-02-28", reason = "Vi phạm quy chế chuyên môn", legalBasis = document }, Json, Ct)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"{url}/leaves", new { kind = "sickness", from = "2025-03-10", to = "2025-03-20", document }, Json, Ct)).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"{url}/retirement", new { kind = "notice", retiresOn = "2026-06-01", higherRetirementAge = false, document = document with { number = "88/TB-SYT", date = "2025-11-01" } }, Json, Ct)).EnsureSuccessStatusCode();

        var officer = ClientFor(Roles.UnitOfficer, hospital.Id);
        var nomination = await ReadAsync<NominationDto>(await officer.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = hospital.Id, year = 2025, title = "Đề nghị năm 2025" }, Json, Ct));
        (await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = person.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ", evidence = new[] { "Báo cáo thành tích" },
            justification = "Chấp hành xong kỷ luật ngày 28/02/2025; thành tích từ 01/3/2025 được tính",
        }, Json, Ct)).EnsureSuccessStatusCode();
        (await officer.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync($"{url}/disciplines", new { kind = "hold", from = "2025-11-28", reason = "Đang xác minh đơn tố cáo", legalBasis = document with { number = "9/TB-SYT", date = "2025-11-28" } }, Json, Ct))
            .EnsureSuccessStatusCode();
        var review = await ClientFor(Roles.Council, authority.Id).PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/council-review", new { }, Json, Ct);
        review.StatusCode.ShouldBe(HttpStatusCode.OK, await review.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.Single().Hold.ShouldNotBeNull();
        var imported = await Admin.PostAsJsonAsync($"{url}/awards", new { awardTypeCode = "CSTDCS", year = 2024, decision = new { number = "12/QĐ-UBND", date = "2025-01-15", issuer = $"Ủy ban nhân dân tỉnh {province}" } }, Json, Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync(Ct));
        return new Side(authority.Id, hospital.Id, person.Id, citizenId, nomination.Id);
    }
}
