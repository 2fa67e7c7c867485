using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.DataImports;
using static ThiDua.Infrastructure.Spreadsheets.SpreadsheetCells;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>
/// The import template, written from <see cref="ImportTemplate"/> (the definitions the importer reads): a guide sheet
/// naming every column with its format, then one sheet per kind of record with its Vietnamese headers in row 1 (required
/// ones marked "(*)") and every column formatted as text, so that citizen ids keep their leading zeros.
/// </summary>
internal sealed class ImportTemplateWriter : IImportTemplateWriter
{
    private const uint TextStyle = 1;

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }));
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 0;

            var guide = new SheetData();
            guide.Append(Row(1, Text("Mẫu nhập dữ liệu thi đua – khen thưởng: điền từ dòng 2 của mỗi trang; không đổi tên trang và dòng tiêu đề. Cột có dấu (*) là bắt buộc.")));
            guide.Append(Row(2, Text("Trang"), Text("Cột"), Text("Bắt buộc"), Text("Định dạng")));
            uint guideRow = 2;
            foreach (var sheet in ImportTemplate.Sheets)
            {
                foreach (var column in sheet.Columns)
                {
                    guide.Append(Row(++guideRow, Text(sheet.Name), Text(column.Header), Text(column.Required ? "Có" : "Không"), Text(column.Format.Vi)));
                }
            }

            Add(workbook, sheets, ++sheetId, ImportTemplate.GuideSheetName, guide, null);
            foreach (var sheet in ImportTemplate.Sheets)
            {
                var data = new SheetData();
                data.Append(Row(1, sheet.Columns.Select(c => Text(ImportTemplate.TemplateHeader(c))).ToArray()));
                var columns = new Columns(new Column { Min = 1, Max = (uint)sheet.Columns.Count, Width = 28, CustomWidth = true, Style = TextStyle });
                Add(workbook, sheets, ++sheetId, sheet.Name, data, columns);
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void Add(WorkbookPart workbook, Sheets sheets, uint id, string name, SheetData data, Columns? columns)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = columns is null ? new Worksheet(data) : new Worksheet(columns, data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
