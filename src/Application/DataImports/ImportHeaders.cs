using ThiDua.Domain.Common;

namespace ThiDua.Application.DataImports;

/// <summary>The columns of a sheet as found in its header row (row 1), by the keys of <see cref="ImportTemplate"/>.</summary>
public sealed class ImportHeaders
{
    private readonly Dictionary<string, int> _columns;

    private ImportHeaders(ImportSheet sheet, Dictionary<string, int> columns)
    {
        Sheet = sheet;
        _columns = columns;
    }

    public ImportSheet Sheet { get; }

    /// <summary>
    /// Reads the sheet's header row and the data rows after it: the headers, and the rows (lazily). A sheet without a
    /// header row, or whose header row lacks a required column, is refused with <see cref="ImportErrors.MissingHeader"/>.
    /// </summary>
    public static (ImportHeaders Headers, IEnumerable<WorkbookRow> DataRows) Read(IImportWorkbook workbook, ImportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(sheet);
        if (!workbook.HasSheet(sheet.Name))
        {
            throw new DomainRuleViolationException(ImportErrors.MissingSheet.WithMessage(
                $"Bảng tính thiếu trang '{sheet.Name}' của mẫu nhập liệu (có thể để trống, nhưng phải có trang và dòng tiêu đề).",
                $"The workbook lacks the template's sheet '{sheet.Name}' (it may be empty, but the sheet and its header row must be there)."));
        }

        var rows = workbook.Rows(sheet.Name).GetEnumerator();
        if (!rows.MoveNext() || rows.Current.Number != 1)
        {
            rows.Dispose();
            throw Missing(sheet, sheet.Columns.First(c => c.Required));
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var byText = rows.Current.Cells.GroupBy(c => ImportTemplate.HeaderKey(c.Value)).ToDictionary(g => g.Key, g => g.Min(c => c.Key), StringComparer.Ordinal);
        foreach (var column in sheet.Columns)
        {
            if (byText.TryGetValue(ImportTemplate.HeaderKey(column.Header), out var index))
            {
                found[column.Key] = index;
            }
            else if (column.Required)
            {
                rows.Dispose();
                throw Missing(sheet, column);
            }
        }

        return (new ImportHeaders(sheet, found), Rest(rows));
    }

    /// <summary>The cell's text, trimmed, or null when the column is absent or the cell empty.</summary>
    public string? Value(WorkbookRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _columns.TryGetValue(key, out var index) && row.Cells.TryGetValue(index, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }

    /// <summary>The column letter of the key in this file (where the header was found; the template's place if absent).</summary>
    public string Letter(string key) =>
        ImportTemplate.ColumnLetter(_columns.TryGetValue(key, out var index) ? index : Sheet.Columns.ToList().FindIndex(c => c.Key == key));

    private static DomainRuleViolationException Missing(ImportSheet sheet, ImportColumn column) =>
        new(ImportErrors.MissingHeader.WithMessage(
            $"Trang '{sheet.Name}' thiếu cột bắt buộc '{column.Header}' ở dòng tiêu đề (dòng 1).",
            $"Sheet '{sheet.Name}' lacks the required column '{column.Header}' in its header row (row 1)."));

    private static IEnumerable<WorkbookRow> Rest(IEnumerator<WorkbookRow> rows)
    {
        using (rows)
        {
            while (rows.MoveNext())
            {
                yield return rows.Current;
            }
        }
    }
}
