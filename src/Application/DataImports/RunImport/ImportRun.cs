using System.Globalization;
using FluentValidation.Results;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.DataImports.RunImport;

/// <summary>
/// The state of one run: counts, errors (all counted, the first <see cref="MaxKeptErrors"/> kept), and the cell parsers.
/// A cell's error names its sheet, row, column letter and header; its message is the error's, or the column's format,
/// and never quotes the cell, so no personal data reaches it.
/// </summary>
public sealed class ImportRun
{
    public const int MaxKeptErrors = 1000;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    private static readonly Dictionary<string, UnitKind> UnitKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sở"] = UnitKind.Department,
        ["Bệnh viện"] = UnitKind.Hospital,
        ["Trung tâm"] = UnitKind.Centre,
        ["Chi cục"] = UnitKind.SubDepartment,
        ["Trường"] = UnitKind.College,
        ["Khác"] = UnitKind.Other,
    };

    private static readonly Dictionary<string, Gender> Genders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nam"] = Gender.Male,
        ["Nữ"] = Gender.Female,
    };

    /// <summary>The four levels of Decree 90/2020/NĐ-CP (đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức), Article 2.</summary>
    private static readonly Dictionary<string, PerformanceRating> Ratings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Hoàn thành xuất sắc nhiệm vụ"] = PerformanceRating.Excellent,
        ["Hoàn thành tốt nhiệm vụ"] = PerformanceRating.Good,
        ["Hoàn thành nhiệm vụ"] = PerformanceRating.Completed,
        ["Không hoàn thành nhiệm vụ"] = PerformanceRating.NotCompleted,
    };

    /// <summary>
    /// Loại hình khen thưởng (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 8): theo công trạng và thành tích (often
    /// called thường xuyên), theo chuyên đề (theo đợt), đột xuất, quá trình cống hiến, đối ngoại.
    /// </summary>
    private static readonly Dictionary<string, CommendationType> CommendationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Công trạng"] = CommendationType.Merit,
        ["Theo công trạng"] = CommendationType.Merit,
        ["Thường xuyên"] = CommendationType.Merit,
        ["Chuyên đề"] = CommendationType.Thematic,
        ["Theo chuyên đề"] = CommendationType.Thematic,
        ["Theo đợt"] = CommendationType.Thematic,
        ["Đột xuất"] = CommendationType.Sudden,
        ["Quá trình cống hiến"] = CommendationType.LongService,
        ["Cống hiến"] = CommendationType.LongService,
        ["Đối ngoại"] = CommendationType.Foreign,
    };

    private readonly List<ImportCellError> _errors = [];

    public int RowsRead { get; set; }

    public int RowsValid { get; set; }

    public int RowsWritten { get; set; }

    public int RowsMatched { get; set; }

    public int ErrorCount { get; private set; }

    public IReadOnlyList<ImportCellError> Errors => _errors;

    public ImportCounts Counts => new(RowsRead, RowsValid, RowsWritten, RowsMatched, ErrorCount);

    /// <summary>Records an error of the row's cell in column <paramref name="key"/>.</summary>
    public void Fail(ImportHeaders headers, WorkbookRow row, string key, DomainError error)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(error);
        ErrorCount++;
        if (_errors.Count < MaxKeptErrors)
        {
            _errors.Add(new ImportCellError(headers.Sheet.Name, row.Number, headers.Letter(key), headers.Sheet.Column(key).Header, error.Code, error.Text.Vi, error.Text.En));
        }
    }

    /// <summary>A value the column's format does not allow: the message is the column's format.</summary>
    public void FailFormat(ImportHeaders headers, WorkbookRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var format = headers.Sheet.Column(key).Format;
        Fail(headers, row, key, ImportErrors.Invalid.WithMessage(ImportErrors.Invalid.Text.Vi + " " + format.Vi, ImportErrors.Invalid.Text.En + " " + format.En));
    }

    /// <summary>
    /// The failures of the single-record command's validator, each on its column (properties named as the columns;
    /// <paramref name="columnOf"/> maps the others). The validator's own message is not used: it may quote the value.
    /// </summary>
    public bool FailValidation(ImportHeaders headers, WorkbookRow row, ValidationResult result, Func<string, string?> columnOf)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(columnOf);
        foreach (var property in result.Errors.Select(e => e.PropertyName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = columnOf(property)
                ?? headers.Sheet.Columns.FirstOrDefault(c => string.Equals(c.Key, property, StringComparison.OrdinalIgnoreCase))?.Key
                ?? headers.Sheet.Columns[0].Key;
            FailFormat(headers, row, key);
        }

        return result.IsValid;
    }

    /// <summary>A required cell: its text, or an error and null.</summary>
    public string? Required(ImportHeaders headers, WorkbookRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var value = headers.Value(row, key);
        if (value is null)
        {
            Fail(headers, row, key, ImportErrors.Required);
        }

        return value;
    }

    /// <summary>A date cell: dd/mm/yyyy (or ISO) text, or an Excel date serial number.</summary>
    public DateOnly? Date(ImportHeaders headers, WorkbookRow row, string key, bool required, out bool ok)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ok = true;
        var text = required ? Required(headers, row, key) : headers.Value(row, key);
        if (text is null)
        {
            ok = !required;
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466 && serial == Math.Floor(serial))
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        FailFormat(headers, row, key);
        ok = false;
        return null;
    }

    public int? Year(ImportHeaders headers, WorkbookRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var text = Required(headers, row, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        FailFormat(headers, row, key);
        return null;
    }

    /// <summary>A row number of another sheet (2 or more: row 1 holds the headers); null and an error when it is not one.</summary>
    public int? RowNumber(ImportHeaders headers, WorkbookRow row, string key)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var text = headers.Value(row, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 2)
        {
            return number;
        }

        FailFormat(headers, row, key);
        return null;
    }

    public CommendationType? CommendationTypeOf(ImportHeaders headers, WorkbookRow row, string key) => Choice(headers, row, key, CommendationTypes);

    public UnitKind? UnitKindOf(ImportHeaders headers, WorkbookRow row, string key) => Choice(headers, row, key, UnitKinds);

    public Gender? GenderOf(ImportHeaders headers, WorkbookRow row, string key) => Choice(headers, row, key, Genders);

    public PerformanceRating? RatingOf(ImportHeaders headers, WorkbookRow row, string key) => Choice(headers, row, key, Ratings);

    /// <summary>One of the Vietnamese labels, or the API's own name of the value (e.g. <c>hospital</c>, <c>sub-department</c>).</summary>
    private TEnum? Choice<TEnum>(ImportHeaders headers, WorkbookRow row, string key, Dictionary<string, TEnum> labels)
        where TEnum : struct, Enum
    {
        var text = Required(headers, row, key);
        if (text is null)
        {
            return null;
        }

        var normalized = string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (labels.TryGetValue(normalized, out var value))
        {
            return value;
        }

        var apiName = normalized.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (!apiName.All(char.IsDigit) && Enum.TryParse<TEnum>(apiName, ignoreCase: true, out var named) && Enum.IsDefined(named))
        {
            return named;
        }

        FailFormat(headers, row, key);
        return null;
    }
}
