using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.DataImports;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>
/// Reads xlsx workbooks with the OpenXML SDK's SAX reader (<see cref="OpenXmlReader"/>): a sheet is read one row at a
/// time (only the current row is loaded as elements), so memory does not grow with the sheet. Only the shared-string
/// table is kept whole, as Excel's cells refer to it by index. The file is recognised by its content, never its name.
/// </summary>
internal sealed class XlsxWorkbookReader : IWorkbookReader
{
    public IImportWorkbook Open(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            var workbook = document.WorkbookPart ?? throw new DomainRuleViolationException(ImportErrors.NotXlsx);
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>()
                .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .GroupBy(s => s.Name!.Value!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Id!.Value!, StringComparer.OrdinalIgnoreCase) ?? [];
            return new XlsxImportWorkbook(document, sheets, SharedStrings(workbook));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            document?.Dispose();
            throw new DomainRuleViolationException(ImportErrors.NotXlsx);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }

        return strings;
    }

    private sealed class XlsxImportWorkbook(SpreadsheetDocument document, Dictionary<string, string> sheets, List<string> sharedStrings) : IImportWorkbook
    {
        public bool HasSheet(string name) => sheets.ContainsKey(name);

        public IEnumerable<WorkbookRow> Rows(string sheetName)
        {
            if (!sheets.TryGetValue(sheetName, out var relationshipId) || document.WorkbookPart!.GetPartById(relationshipId) is not WorksheetPart part)
            {
                yield break;
            }

            using var reader = OpenXmlReader.Create(part);
            var next = 1;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var number = row.RowIndex?.Value is { } index ? (int)index : next;
                next = number + 1;
                var cells = new Dictionary<int, string>();
                var position = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? position;
                    position = column + 1;
                    var text = Text(cell);
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        cells[column] = text;
                    }
                }

                if (cells.Count > 0)
                {
                    yield return new WorkbookRow(number, cells);
                }
            }
        }

        public void Dispose() => document.Dispose();

        private string? Text(Cell cell)
        {
            if (cell.DataType?.Value == CellValues.InlineString)
            {
                return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
            }

            var value = cell.CellValue?.Text;
            if (value is null)
            {
                return null;
            }

            if (cell.DataType?.Value == CellValues.SharedString)
            {
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count ? sharedStrings[i] : null;
            }

            return value;
        }

        /// <summary>Zero-based column of a reference such as <c>AB12</c>.</summary>
        private static int? ColumnIndex(string? reference)
        {
            if (string.IsNullOrEmpty(reference))
            {
                return null;
            }

            var index = 0;
            var letters = 0;
            foreach (var c in reference)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    index = (index * 26) + (c - 'A' + 1);
                    letters++;
                }
                else
                {
                    break;
                }
            }

            return letters == 0 ? null : index - 1;
        }
    }
}
