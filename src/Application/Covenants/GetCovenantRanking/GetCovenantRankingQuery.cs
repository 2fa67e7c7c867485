using Mediator;

namespace ThiDua.Application.Covenants.GetCovenantRanking;

/// <summary>The covenant's scoreboard: final scores, totals, gates, ranks and the leading unit(s).</summary>
public sealed record GetCovenantRankingQuery(Guid CovenantId) : IQuery<CovenantRankingDto>;
