using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.ExportCovenantRanking;
using ThiDua.Domain.Covenants;
using static ThiDua.Infrastructure.Spreadsheets.SpreadsheetCells;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>
/// The cluster scoreboard (bảng điểm) as one worksheet: a title with cluster and year, the covenant title, then one row
/// per unit with rank, code, name, the final score of each criterion, bonus, penalty, total, gate status and the rule
/// that placed it. Text is written as inline strings, so Vietnamese text stays exactly as stored.
/// </summary>
internal sealed class RankingSpreadsheetWriter : IRankingSpreadsheetWriter
{
    public const string SheetName = "Bảng điểm";
    public const int HeaderRow = 4;

    public byte[] Write(CovenantRankingDto ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var data = new SheetData();
        data.Append(Row(1, Text($"Bảng điểm thi đua năm {ranking.Year} — {ranking.ClusterName}")));
        data.Append(Row(2, Text(ranking.Title)));
        data.Append(Row(3, Text(ranking.Status == CovenantStatus.Finalized ? "Kết quả chính thức (đã chốt)" : "Kết quả tạm tính (chưa chốt)")));
        data.Append(Row(HeaderRow, [
            Text("Hạng"), Text("Mã đơn vị"), Text("Đơn vị"),
            .. ranking.CriterionCodes.Select(code => Text($"Tiêu chí {code}")),
            Text("Điểm thưởng"), Text("Điểm trừ"), Text("Tổng điểm"), Text("Tiêu chí bắt buộc"), Text("Căn cứ xếp hạng"),
        ]));

        var rowIndex = (uint)HeaderRow;
        foreach (var unit in ranking.Units)
        {
            rowIndex++;
            data.Append(Row(rowIndex, [
                Number(unit.Rank), Text(unit.Unit.Code), Text(unit.Unit.Name),
                .. ranking.CriterionCodes.Select(code => unit.CriterionScores.TryGetValue(code, out var s) && s is { } v ? Number(v) : Text(string.Empty)),
                Number(unit.Bonus), Number(unit.Penalty), Number(unit.Total),
                Text(unit.PassesGates ? "Đạt" : "Không đạt: " + string.Join(", ", unit.FailedGates)),
                Text(Basis(unit.OrderedBy)),
            ]));
        }

        return SpreadsheetCells.Workbook(SheetName, new Worksheet(data));
    }

    private static string Basis(RankingBasis basis) => basis switch
    {
        RankingBasis.First => "Xếp thứ nhất",
        RankingBasis.Gates => "Không đạt tiêu chí bắt buộc",
        RankingBasis.Total => "Tổng điểm",
        RankingBasis.FewerPenaltyPoints => "Ít điểm trừ hơn",
        RankingBasis.HigherWomenShare => "Tỷ lệ nữ cao hơn",
        _ => "Đồng hạng",
    };
}
