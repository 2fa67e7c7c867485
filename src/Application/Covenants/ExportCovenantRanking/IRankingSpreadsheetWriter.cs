namespace ThiDua.Application.Covenants.ExportCovenantRanking;

/// <summary>Writes a ranking as an .xlsx workbook (implemented in Infrastructure with the Open XML SDK).</summary>
public interface IRankingSpreadsheetWriter
{
    byte[] Write(CovenantRankingDto ranking);
}
