namespace ThiDua.Domain.Statistics;

/// <summary>
/// Kỳ báo cáo thống kê năm of the emulation and commendation forms: from 01/12 of the previous year to 30/11 of the
/// report year, due on 15/12 (Thông tư 02/2023/TT-BNV, statistics of the Home Affairs sector, as applied by provincial
/// guidance read in domain.md §8a, H). A date from 01/12 on belongs to the next year's report.
/// </summary>
public sealed record ReportingPeriod(int Year, DateOnly Start, DateOnly End, DateOnly Due)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static ReportingPeriod ForYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return new ReportingPeriod(year, new DateOnly(year - 1, 12, 1), new DateOnly(year, 11, 30), new DateOnly(year, 12, 15));
    }

    /// <summary>The report year a date is counted in: 30/11 is the last day of its year's report, 01/12 the first of the next.</summary>
    public static int YearOf(DateOnly date) => date.Month == 12 ? date.Year + 1 : date.Year;

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
