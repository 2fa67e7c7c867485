using System.Globalization;
using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants.ExportCovenantRanking;

public sealed class ExportCovenantRankingQueryHandler(ICovenantQueries queries, IRankingSpreadsheetWriter writer)
    : IQueryHandler<ExportCovenantRankingQuery, RankingSpreadsheet>
{
    public async ValueTask<RankingSpreadsheet> Handle(ExportCovenantRankingQuery query, CancellationToken cancellationToken)
    {
        var ranking = await queries.GetRankingAsync(new CovenantId(query.CovenantId), cancellationToken)
            ?? throw new NotFoundException("Covenant", query.CovenantId);
        return new RankingSpreadsheet(
            string.Create(CultureInfo.InvariantCulture, $"bang-diem-{ranking.Year}-{query.CovenantId:N}.xlsx"),
            writer.Write(ranking));
    }
}
