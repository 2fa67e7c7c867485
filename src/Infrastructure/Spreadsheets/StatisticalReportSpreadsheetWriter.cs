using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.Statistics;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>
/// A statistical report in the layout of the Home Affairs statistics forms (ADR 0034): the form code box on the left
/// (biểu số, the circular, the due date), the title, year and period in the middle, the reporting and receiving units on
/// the right; then the table — "STT" and "Chỉ tiêu" over two header rows, each column group merged over its columns, a
/// row of column letters — one row per line of the form with its counts, the unit of count; and the signature block
/// ("Người lập biểu", "Thủ trưởng đơn vị"). Text is written as inline strings, so Vietnamese stays exactly as defined.
/// </summary>
internal sealed class StatisticalReportSpreadsheetWriter : IStatisticalReportSpreadsheetWriter
{
    /// <summary>The first row of the table header.</summary>
    public const int HeaderRow = 7;

    public const string ReceivingMinistry = "Bộ Nội vụ";

    public byte[] Write(StatisticalReportDto report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var form = report.Form;
        var columns = form.Columns.Where(c => !c.Heading).ToList();
        var lastColumn = 2 + columns.Count;
        var sheet = new SheetBuilder();

        // The heading: the form code box, the title, the units.
        var middleFrom = 3;
        var middleTo = Math.Max(middleFrom, lastColumn - 2);
        var rightFrom = Math.Min(lastColumn, middleTo + 1);
        sheet.Text(1, 1, $"Biểu số: {form.Code}.N/BNV-TĐKT", mergeTo: 2);
        sheet.Text(2, 1, $"Ban hành kèm theo {report.CircularApplied}", mergeTo: 2);
        sheet.Text(3, 1, string.Create(CultureInfo.InvariantCulture, $"Ngày nhận báo cáo: {report.Period.Due:dd'/'MM'/'yyyy}"), mergeTo: 2);
        sheet.Text(1, middleFrom, form.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), mergeTo: middleTo);
        sheet.Text(2, middleFrom, string.Create(CultureInfo.InvariantCulture, $"Năm {report.Period.Year}"), mergeTo: middleTo);
        sheet.Text(3, middleFrom, string.Create(CultureInfo.InvariantCulture, $"(Từ ngày {report.Period.Start:dd'/'MM'/'yyyy} đến ngày {report.Period.End:dd'/'MM'/'yyyy})"), mergeTo: middleTo);
        sheet.Text(1, rightFrom, "Đơn vị báo cáo: " + report.Authority.Name, mergeTo: lastColumn);
        sheet.Text(2, rightFrom, "Đơn vị nhận báo cáo: " + (report.Authority.ReceivingUnit is { } up ? up + "; " : string.Empty) + ReceivingMinistry, mergeTo: lastColumn);
        sheet.Text(4, 1, report.CircularReason, mergeTo: lastColumn);
        sheet.Text(5, 1, "Đơn vị tính: " + form.Unit, mergeTo: lastColumn);

        // The header: STT and Chỉ tiêu over two rows; a column without a group over two rows; a group over its columns.
        sheet.Text(HeaderRow, 1, "STT", mergeDown: true);
        sheet.Text(HeaderRow, 2, "Chỉ tiêu", mergeDown: true);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var at = 3 + i;
            if (column.Group is null)
            {
                sheet.Text(HeaderRow, at, column.Label, mergeDown: true);
                continue;
            }

            if (i == 0 || columns[i - 1].Group != column.Group)
            {
                var span = columns.Skip(i).TakeWhile(c => c.Group == column.Group).Count();
                sheet.Text(HeaderRow, at, column.Group, mergeTo: at + span - 1);
            }

            sheet.Text(HeaderRow + 1, at, column.Label);
        }

        sheet.Text(HeaderRow + 2, 1, "A");
        sheet.Text(HeaderRow + 2, 2, "B");
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Text(HeaderRow + 2, 3 + i, (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        var counts = report.Cells.ToDictionary(c => (c.Row, c.Column), c => c.Count);
        var row = HeaderRow + 3;
        foreach (var line in form.Rows)
        {
            sheet.Text(row, 1, line.Code);
            sheet.Text(row, 2, line.Label);
            if (!line.Heading)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    sheet.Number(row, 3 + i, counts.GetValueOrDefault((line.Code, columns[i].Code)));
                }
            }

            row++;
        }

        // The signature block.
        row++;
        var local = report.ProducedAt.ToOffset(LegalCalendar.VietnamOffset);
        sheet.Text(row, rightFrom, string.Create(CultureInfo.InvariantCulture, $"..., ngày {local:dd} tháng {local:MM} năm {local:yyyy}"), mergeTo: lastColumn);
        row++;
        sheet.Text(row, 1, "Người lập biểu", mergeTo: 2);
        sheet.Text(row, rightFrom, "Thủ trưởng đơn vị", mergeTo: lastColumn);
        row++;
        sheet.Text(row, 1, "(Ký, ghi rõ họ tên)", mergeTo: 2);
        sheet.Text(row, rightFrom, "(Ký, ghi rõ họ tên, đóng dấu)", mergeTo: lastColumn);

        return sheet.Save($"Biểu {form.Code}");
    }

    /// <summary>Cells addressed by row and column, with the merged ranges, written as one worksheet.</summary>
    private sealed class SheetBuilder
    {
        private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
        private readonly List<string> _merges = [];

        public void Text(int row, int column, string value, int? mergeTo = null, bool mergeDown = false)
        {
            Put(row, column, SpreadsheetCells.Text(value));
            if (mergeTo is { } to && to > column)
            {
                _merges.Add($"{Reference(row, column)}:{Reference(row, to)}");
            }

            if (mergeDown)
            {
                _merges.Add($"{Reference(row, column)}:{Reference(row + 1, column)}");
            }
        }

        public void Number(int row, int column, int value) => Put(row, column, SpreadsheetCells.Number(value));

        public byte[] Save(string sheetName)
        {
            var data = new SheetData();
            foreach (var (index, cells) in _rows)
            {
                data.Append(new Row(cells.Values) { RowIndex = (uint)index });
            }

            var merges = new MergeCells(_merges.Select(m => new MergeCell { Reference = m }));
            merges.Count = (uint)_merges.Count;
            return SpreadsheetCells.Workbook(sheetName, new Worksheet(
                new Columns(
                    new Column { Min = 1, Max = 1, Width = 8, CustomWidth = true },
                    new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true },
                    new Column { Min = 3, Max = 40, Width = 14, CustomWidth = true }),
                data,
                merges));
        }

        private void Put(int row, int column, Cell cell)
        {
            cell.CellReference = Reference(row, column);
            if (!_rows.TryGetValue(row, out var cells))
            {
                _rows[row] = cells = [];
            }

            cells[column] = cell;
        }

        private static string Reference(int row, int column)
        {
            var letters = string.Empty;
            for (var c = column; c > 0; c = (c - 1) / 26)
            {
                letters = (char)('A' + ((c - 1) % 26)) + letters;
            }

            return letters + row.ToString(CultureInfo.InvariantCulture);
        }
    }
}
