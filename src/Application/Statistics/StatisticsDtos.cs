using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics;

/// <summary>One condition of a row's or column's formula: the dimension's value is one of <c>values</c>.</summary>
public sealed record CriterionDto(string Dimension, IReadOnlyList<string> Values);

/// <summary>A row or column of a form; a heading counts nothing and groups the lines after it.</summary>
public sealed record FormLineDto(string Code, string Label, string? Group, bool Heading, IReadOnlyList<CriterionDto> Criteria);

/// <summary>A statistical report form with the dates it applies to, the circular and article defining it, and its layout.</summary>
public sealed record StatisticsFormDto(
    string Code,
    string Title,
    string Circular,
    string LegalBasis,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    FactKind Counts,
    IReadOnlyList<CriterionDto> Filter,
    string Unit,
    IReadOnlyList<FormLineDto> Rows,
    IReadOnlyList<FormLineDto> Columns)
{
    public static StatisticsFormDto Of(StatisticsFormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(
            form.Code, form.Title, form.Circular, form.LegalBasis, form.EffectiveFrom, form.EffectiveTo, form.Counts,
            form.Filter.Select(Of).ToList(), form.Unit, form.Rows.Select(Of).ToList(), form.Columns.Select(Of).ToList());
    }

    private static CriterionDto Of(Criterion c) => new(c.Dimension, c.Values);

    private static FormLineDto Of(FormLine l) => new(l.Code, l.Label, l.Group, l.Heading, l.Criteria.Select(Of).ToList());
}

/// <summary>The report period: 01/12 of the previous year to 30/11, due 15/12.</summary>
public sealed record ReportingPeriodDto(int Year, DateOnly Start, DateOnly End, DateOnly Due);

/// <summary>The reporting authority (đơn vị báo cáo) and where the report goes (đơn vị nhận báo cáo).</summary>
public sealed record ReportingAuthorityDto(Guid Id, string Code, string Name, string? ReceivingUnit);

/// <summary>
/// A record counted in a cell: a movement or an award, with its classifications. For an award to a person the label
/// (the person's name) is given only when the caller may read that person's personal data (<c>labelWithheld</c>).
/// </summary>
public sealed record CountedRecordDto(FactKind Kind, Guid Id, string? Label, bool LabelWithheld, IReadOnlyDictionary<string, string> Dimensions);

/// <summary>A cell: its row and column codes, its count and the records counted.</summary>
public sealed record ReportCellDto(string Row, string Column, int Count, IReadOnlyList<Guid> Records);

/// <summary>
/// A computed statistical report: the form applied (and why that circular), period, authority, every cell with the
/// records it counts, and those records with their classifications.
/// </summary>
public sealed record StatisticalReportDto(
    StatisticsFormDto Form,
    string CircularApplied,
    string CircularReason,
    ReportingPeriodDto Period,
    ReportingAuthorityDto Authority,
    DateTimeOffset ProducedAt,
    IReadOnlyList<ReportCellDto> Cells,
    IReadOnlyList<CountedRecordDto> Records);

/// <summary>A produced report spreadsheet.</summary>
public sealed record StatisticalReportSpreadsheet(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
