using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.FunctionalTests.Covenants;

/// <summary>
/// Seed 001: the 20 units of Hà Nội's Cụm thi đua số 2, headed by Bệnh viện Phụ Sản Hà Nội, sign their covenant, score
/// themselves and each other, the head verifies five units, and the covenant is finalized; the ranking and the printed
/// scoreboard agree.
/// </summary>
public sealed class Cluster2ScenarioTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task TwentyUnits_SignScoreAndFinalize_RankingAndSpreadsheetAgree()
    {
        Factory.Clock.Now = new DateTimeOffset(2018, 3, 28, 2, 0, 0, TimeSpan.Zero);
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        var units = new List<UnitDetailsDto> { await Admin.CreateUnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội", sở.Id) };
        for (var i = 1; i < 20; i++)
        {
            units.Add(await Admin.CreateUnitAsync($"C2-{i:D2}", $"Đơn vị số {i:D2} cụm 2", sở.Id));
        }

        var clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số 2", sở.Id)).Id;
        (await Admin.PutTermAsync(clusterId, 2018, units.Select(u => u.Id), units[0].Id, units[1].Id)).EnsureSuccessStatusCode();
        var council = ClientFor(Roles.Council, sở.Id);
        var draft = await council.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId,
            year = 2018,
            title = "Giao ước thi đua năm 2018 — Cụm thi đua số 2 ngành y tế Hà Nội",
            scaleMax = 100,
            signingDeadline = "2018-03-31",
            contents = new[] { new { number = 1, title = "Thực hiện nhiệm vụ chuyên môn" }, new { number = 2, title = "Kỷ cương, không vi phạm" } },
            criteria = new object[]
            {
                new { code = "1.1", contentNumber = 1, description = "Hoàn thành chỉ tiêu kế hoạch", maxPoints = 60m, isGate = false },
                new { code = "2.1", contentNumber = 2, description = "Không có cá nhân vi phạm nghiêm trọng", maxPoints = 40m, isGate = true },
            },
            bonusRules = new[] { new { code = "B1", description = "Sáng kiến cấp thành phố", cap = 5m } },
            penaltyRules = new[] { new { code = "P1", description = "Nộp báo cáo chậm", cap = 10m } },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created);
        var covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;
        (await council.PostAsync($"/api/v1/covenants/{covenantId}/open-for-signing", null, Ct)).EnsureSuccessStatusCode();

        foreach (var unit in units)
        {
            (await ClientFor(Roles.UnitOfficer, unit.Id).PostAsJsonAsync($"/api/v1/covenants/{covenantId}/signatures", new { unitId = unit.Id, signatoryName = "Giám đốc" }, Json, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}", Ct))).Status.ShouldBe(CovenantStatus.InForce);
        Factory.Clock.Now = new DateTimeOffset(2018, 12, 5, 2, 0, 0, TimeSpan.Zero);
        (await council.PostAsync($"/api/v1/covenants/{covenantId}/open-for-scoring", null, Ct)).EnsureSuccessStatusCode();

        async Task ScoreAsync(HttpClient client, int assessed, string assessor, decimal c11, decimal c21, Guid? peer = null, decimal bonus = 0, decimal penalty = 0, string? note = null)
        {
            var response = await client.PutAsJsonAsync(
                $"/api/v1/covenants/{covenantId}/assessments/{units[assessed].Id}?assessor={assessor}",
                new
                {
                    peerUnitId = peer,
                    criteria = new[] { new { code = "1.1", points = c11 }, new { code = "2.1", points = c21 } },
                    bonuses = bonus > 0 ? new[] { new { code = "B1", points = bonus } } : [],
                    penalties = penalty > 0 ? new[] { new { code = "P1", points = penalty } } : [],
                    note,
                },
                Json,
                Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        }

        for (var i = 0; i < 20; i++)
        {
            var self = ClientFor(Roles.UnitOfficer, units[i].Id);
            var c21 = i == 19 ? 35m : 40m;
            await ScoreAsync(self, i, "self", 40 + i, c21, bonus: i == 3 ? 5 : 0, penalty: i == 4 ? 2 : 0);
            var next = units[(i + 1) % 20].Id;
            await ScoreAsync(ClientFor(Roles.UnitOfficer, next), i, "peer", 39 + i, c21, peer: next);
        }

        var head = ClientFor(Roles.UnitOfficer, units[0].Id);
        for (var i = 15; i < 20; i++)
        {
            await ScoreAsync(head, i, "verified", 45, i == 19 ? 35 : 40, note: "Thẩm định theo biên bản kiểm tra cuối năm");
        }

        var finalized = await council.PostAsync($"/api/v1/covenants/{covenantId}/finalize", null, Ct);
        finalized.StatusCode.ShouldBe(HttpStatusCode.OK);

        var ranking = await ReadAsync<CovenantRankingDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}/ranking", Ct));
        ranking.Status.ShouldBe(CovenantStatus.Finalized);
        ranking.Units.Count.ShouldBe(20);
        ranking.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("C2-14");
        ranking.Units[0].Total.ShouldBe(93m);
        var byCode = ranking.Units.ToDictionary(u => u.Unit.Code);
        byCode["C2-03"].Total.ShouldBe(87m);
        byCode["C2-08"].Total.ShouldBe(87m);
        byCode["C2-03"].Rank.ShouldBe(7);
        byCode["C2-08"].Rank.ShouldBe(7);
        byCode["C2-07"].Rank.ShouldBe(9);
        byCode["C2-04"].Penalty.ShouldBe(2m);
        byCode["C2-16"].CriterionScores["1.1"].ShouldBe(45m);
        byCode["C2-19"].Rank.ShouldBe(20);
        byCode["C2-19"].OrderedBy.ShouldBe(RankingBasis.Gates);
        byCode["C2-19"].FailedGates.ShouldBe(["2.1"]);

        var xlsx = await Admin.GetAsync($"/api/v1/covenants/{covenantId}/ranking.xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = ReadSheet(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        rows[0][0].ShouldBe("Bảng điểm thi đua năm 2018 — Cụm thi đua số 2");
        rows[1][0].ShouldBe("Giao ước thi đua năm 2018 — Cụm thi đua số 2 ngành y tế Hà Nội");
        rows[3].ShouldBe(["Hạng", "Mã đơn vị", "Đơn vị", "Tiêu chí 1.1", "Tiêu chí 2.1", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Tiêu chí bắt buộc", "Căn cứ xếp hạng"]);
        rows.Count.ShouldBe(4 + 20);
        for (var i = 0; i < 20; i++)
        {
            var row = rows[4 + i];
            var unit = ranking.Units[i];
            row[0].ShouldBe(unit.Rank.ToString(CultureInfo.InvariantCulture));
            row[1].ShouldBe(unit.Unit.Code);
            row[2].ShouldBe(unit.Unit.Name);
            decimal.Parse(row[3], CultureInfo.InvariantCulture).ShouldBe(unit.CriterionScores["1.1"]!.Value);
            decimal.Parse(row[4], CultureInfo.InvariantCulture).ShouldBe(unit.CriterionScores["2.1"]!.Value);
            decimal.Parse(row[7], CultureInfo.InvariantCulture).ShouldBe(unit.Total);
            row[8].ShouldBe(unit.PassesGates ? "Đạt" : "Không đạt: 2.1");
        }

        rows[4][2].ShouldBe("Đơn vị số 14 cụm 2");
    }

    private static List<string[]> ReadSheet(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Bảng điểm");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())
            .ToList();
    }
}
