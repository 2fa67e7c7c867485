using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>Workbooks, rows and cells of the spreadsheets the API writes (the covenant ranking, the award lookup, the statistical reports).</summary>
internal static class SpreadsheetCells
{
    /// <summary>The bytes of an .xlsx workbook whose one sheet, named <paramref name="sheetName"/>, is <paramref name="worksheet"/>.</summary>
    public static byte[] Workbook(string sheetName, Worksheet worksheet)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    /// <summary>Text cell; characters XML cannot carry (stored before input was checked for them) are left out.</summary>
    public static Cell Text(string value) =>
        new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(value)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };

    public static Cell Number(decimal value) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number };

    private static string XmlSafe(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i++, 2);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(value[i]))
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
