using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;

namespace ThiDua.Api.FunctionalTests.Nominations;

/// <summary>
/// The stored shape of a line's eligibility (<c>nomination_lines.eligibility</c>, issue 16 part 4): a decided dossier's
/// line is written in today's format, and a row in that format (written before shapes were versioned) reads back
/// unchanged; a row of a newer version is refused rather than misread.
/// </summary>
public sealed class StoredShapeFixtureTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>A line's eligibility as stored before shapes were versioned (no <c>v</c>), derived fields included.</summary>
    private const string Fixture = """
        {
          "awardTypeCode": "LDTT",
          "year": 2025,
          "ruleSet": "fixture-rule-set",
          "rules": [
            {
              "rule": "ldtt.rating_good",
              "passed": true,
              "facts": "Xếp loại năm 2025: hoàn thành xuất sắc nhiệm vụ.",
              "legalBasis": "Nghị định 152/2025/NĐ-CP, Điều 9",
              "basis": ["0b9e4a52-4a3c-4f0e-9a57-3f5f3c1d2e10"],
              "evidence": [
                { "kind": 1, "subject": "Nguyễn Thị Lan", "value": "excellent", "year": 2025, "from": null, "to": null, "document": null },
                { "kind": 4, "subject": "reprimand", "value": null, "year": null, "from": "2024-01-01", "to": "2024-12-31", "document": "12/QĐ-SYT" }
              ],
              "kind": 2
            },
            {
              "rule": "criteria.appraised_by_council",
              "passed": false,
              "facts": "Thành tích do Hội đồng đánh giá.",
              "legalBasis": "Luật Thi đua, khen thưởng 2022, Điều 24",
              "basis": null,
              "evidence": [],
              "kind": 3
            }
          ],
          "isEligible": false,
          "failures": [
            {
              "rule": "criteria.appraised_by_council",
              "passed": false,
              "facts": "Thành tích do Hội đồng đánh giá.",
              "legalBasis": "Luật Thi đua, khen thưởng 2022, Điều 24",
              "basis": null,
              "evidence": [],
              "kind": 3
            }
          ],
          "failsOnlyJudgements": true,
          "basisInitiativeIds": ["0b9e4a52-4a3c-4f0e-9a57-3f5f3c1d2e10"]
        }
        """;

    /// <summary>
    /// What today's format writes for the dossier of <see cref="DecidedAsync"/> (one LĐTT line, decided on 1/12/2025
    /// under LAW22-ND152): compared as jsonb, so a renamed property, a changed enum number or a new field fails here.
    /// </summary>
    private const string Today = """
        {
          "v": 1,
          "year": 2025,
          "rules": [
            {
              "kind": 1,
              "rule": "hold.none",
              "basis": null,
              "facts": "No hold in force on 2025-12-01.",
              "passed": true,
              "evidence": [],
              "legalBasis": "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)"
            },
            {
              "kind": 1,
              "rule": "award.not_already_held",
              "basis": null,
              "facts": "Does not hold LDTT for 2025.",
              "passed": true,
              "evidence": [],
              "legalBasis": "Luật 06/2022/QH15, Điều 5.2.c (R8)"
            },
            {
              "kind": 2,
              "rule": "registration.registered_for_title",
              "basis": null,
              "facts": "Does not apply: no provincial regulation makes registration for emulation a precondition of Lao động tiên tiến.",
              "passed": true,
              "evidence": [],
              "legalBasis": "Luật 06/2022/QH15 (đăng ký thi đua là căn cứ xét tặng danh hiệu thi đua theo thực tiễn; điều khoản chưa được đối chiếu — chỉ áp dụng khi quy định của tỉnh yêu cầu)"
            },
            {
              "kind": 2,
              "rule": "ldtt.rating_good",
              "basis": null,
              "facts": "Rating 2025: excellent; at least 'good' (hoàn thành tốt nhiệm vụ) is needed.",
              "passed": true,
              "evidence": [
                {
                  "to": null,
                  "from": null,
                  "kind": 1,
                  "year": 2025,
                  "value": "excellent",
                  "subject": "Nguyễn Thị Lan",
                  "document": null
                }
              ],
              "legalBasis": "Luật 06/2022/QH15, Điều 24"
            },
            {
              "kind": 3,
              "rule": "discipline.none_in_year",
              "basis": null,
              "facts": "No discipline period in 2025.",
              "passed": true,
              "evidence": [],
              "legalBasis": "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)"
            },
            {
              "kind": 3,
              "rule": "ldtt.time_worked",
              "basis": null,
              "facts": "Leave: no other leave in 2025. Absence of 40 working days or more is weighed by the council.",
              "passed": true,
              "evidence": [],
              "legalBasis": "Nghị định 152/2025/NĐ-CP, Điều 4.5 (R5); ngưỡng 40 ngày làm việc theo Nghị định 91/2017/NĐ-CP và Thông tư 12/2019/TT-BNV (đã hết hiệu lực; chưa đối chiếu Thông tư 15/2025/TT-BNV) — Hội đồng xem xét"
            }
          ],
          "ruleSet": "LAW22-ND152",
          "failures": [],
          "isEligible": true,
          "awardTypeCode": "LDTT",
          "basisInitiativeIds": [],
          "failsOnlyJudgements": true
        }
        """;

    private async Task<(NominationDto Nomination, Guid LineId)> DecidedAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: sở.Id, province: "Hà Nam");
        var lan = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", unitId = hospital.Id, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{lan.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        var council = ClientFor(Roles.Council, sở.Id);
        var nomination = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = hospital.Id, year = 2025, title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Json, Ct));
        var proposed = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = lan.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" },
        }, Json, Ct));
        var lineId = proposed.Lines.ShouldHaveSingleItem().Id;
        (await Admin.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();
        (await council.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct)).EnsureSuccessStatusCode();
        (await council.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{lineId}/vote", new { members = 15, present = 15, yes = 15 }, Json, Ct)).EnsureSuccessStatusCode();
        var decided = await council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/decide", await Admin.DecisionBodyAsync("45/QĐ-SYT", "2025-12-01", "Sở Y tế Hà Nam"), Json, Ct);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync(Ct));
        return (await ReadAsync<NominationDto>(decided), lineId);
    }

    private async Task<T> ScalarAsync<T>(string sql, Guid lineId, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", lineId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task OverwriteAsync(Guid lineId, string json)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("UPDATE thidua.nomination_lines SET eligibility = @json::jsonb WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", lineId);
        command.Parameters.AddWithValue("json", json);
        (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task ADecidedLinesEligibility_IsWrittenInTodaysFormat()
    {
        var (nomination, lineId) = await DecidedAsync();
        nomination.Status.ShouldBe(NominationStatus.Decided);
        var line = nomination.Lines.ShouldHaveSingleItem();
        var eligibility = line.Eligibility.ShouldNotBeNull();

        (await ScalarAsync<bool>("SELECT eligibility = @fixture::jsonb FROM thidua.nomination_lines WHERE id = @id", lineId, ("fixture", Today)))
            .ShouldBeTrue(await ScalarAsync<string>("SELECT jsonb_pretty(eligibility) FROM thidua.nomination_lines WHERE id = @id", lineId));

        // What is stored is what the API showed.
        (await ScalarAsync<string>("SELECT eligibility ->> 'awardTypeCode' FROM thidua.nomination_lines WHERE id = @id", lineId)).ShouldBe(eligibility.AwardTypeCode);
        (await ScalarAsync<string[]>("SELECT array_agg(r ->> 'rule' ORDER BY n) FROM thidua.nomination_lines, jsonb_array_elements(eligibility -> 'rules') WITH ORDINALITY AS x(r, n) WHERE id = @id", lineId))
            .ShouldBe(eligibility.Rules.Select(r => r.Rule).ToArray());
    }

    /// <summary>
    /// Loading a dossier to write one of its lines keeps each line's eligibility as loaded, as its own change-tracking
    /// snapshot (no copy through JSON), and finds it unchanged without writing it: a line write on a dossier of 200
    /// lines costs no JSON work for the 199 others (ADR 0036, amendment). A replaced eligibility is still written.
    /// </summary>
    [Fact]
    public async Task ALoadedLinesEligibility_IsItsOwnSnapshot_AndAReplacedOneIsWritten()
    {
        var (nomination, lineId) = await DecidedAsync();

        var (sameReference, unchanged, replacedModified) = await Factory.WithDbContextAsync(async db =>
        {
            var loaded = await db.Nominations.SingleAsync(n => n.Id == new NominationId(nomination.Id), Ct);
            var line = loaded.Lines.Single(l => l.Id == lineId);
            var eligibility = db.Entry(line).Property(l => l.Eligibility);
            db.ChangeTracker.DetectChanges();
            var same = ReferenceEquals(eligibility.OriginalValue, eligibility.CurrentValue);
            var notModified = !eligibility.IsModified;
            eligibility.CurrentValue = eligibility.CurrentValue! with { RuleSet = "replaced" };
            db.ChangeTracker.DetectChanges();
            return (same, notModified, eligibility.IsModified);
        });

        (sameReference, unchanged, replacedModified).ShouldBe((true, true, true));
    }

    [Fact]
    public async Task ARowWrittenBeforeVersioning_ReadsBackUnchanged()
    {
        var (nomination, lineId) = await DecidedAsync();
        await OverwriteAsync(lineId, Fixture);

        var read = await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct));
        var eligibility = read.Lines.ShouldHaveSingleItem().Eligibility.ShouldNotBeNull();
        (eligibility.AwardTypeCode, eligibility.Year, eligibility.RuleSet, eligibility.IsEligible, eligibility.FailsOnlyJudgements)
            .ShouldBe(("LDTT", 2025, "fixture-rule-set", false, true));
        eligibility.BasisInitiativeIds.ShouldBe([Guid.Parse("0b9e4a52-4a3c-4f0e-9a57-3f5f3c1d2e10")]);
        eligibility.Rules.Count.ShouldBe(2);
        var rating = eligibility.Rules[0];
        (rating.Rule, rating.Passed, rating.Facts, rating.LegalBasis).ShouldBe(("ldtt.rating_good", true, "Xếp loại năm 2025: hoàn thành xuất sắc nhiệm vụ.", "Nghị định 152/2025/NĐ-CP, Điều 9"));
        rating.Basis.ShouldBe([Guid.Parse("0b9e4a52-4a3c-4f0e-9a57-3f5f3c1d2e10")]);
        rating.Evidence.Count.ShouldBe(2);
        (rating.Evidence[0].Kind, rating.Evidence[0].Subject, rating.Evidence[0].Value, rating.Evidence[0].Year).ShouldBe((EvidenceKind.Rating, "Nguyễn Thị Lan", "excellent", (int?)2025));
        (rating.Evidence[1].Kind, rating.Evidence[1].Subject, rating.Evidence[1].From, rating.Evidence[1].To, rating.Evidence[1].Document)
            .ShouldBe((EvidenceKind.Discipline, "reprimand", (DateOnly?)new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2024, 12, 31), "12/QĐ-SYT"));
        var judged = eligibility.Rules[1];
        (judged.Rule, judged.Passed, judged.Facts, judged.LegalBasis, judged.Basis, judged.Evidence.Count, judged.Kind)
            .ShouldBe(("criteria.appraised_by_council", false, "Thành tích do Hội đồng đánh giá.", "Luật Thi đua, khen thưởng 2022, Điều 24", (IReadOnlyList<Guid>?)null, 0, RuleKind.Judgement));
        eligibility.Failures.ShouldHaveSingleItem().Rule.ShouldBe("criteria.appraised_by_council");
    }

    [Fact]
    public async Task ARowOfANewerVersion_IsRefused_NotMisread()
    {
        var (nomination, lineId) = await DecidedAsync();
        await OverwriteAsync(lineId, Fixture.Replace("\"awardTypeCode\"", "\"v\": 2, \"awardTypeCode\"", StringComparison.Ordinal));

        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct), HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
    }
}
