namespace ThiDua.Application.Statistics;

/// <summary>Writes a computed report in its form's official layout as .xlsx (implemented in Infrastructure with the Open XML SDK).</summary>
public interface IStatisticalReportSpreadsheetWriter
{
    byte[] Write(StatisticalReportDto report);
}
