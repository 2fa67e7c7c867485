using Mediator;

namespace ThiDua.Application.Covenants.ExportCovenantRanking;

/// <summary>The covenant's scoreboard as a spreadsheet a cluster head can print.</summary>
public sealed record ExportCovenantRankingQuery(Guid CovenantId) : IQuery<RankingSpreadsheet>;

/// <summary>A produced spreadsheet file.</summary>
public sealed record RankingSpreadsheet(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
