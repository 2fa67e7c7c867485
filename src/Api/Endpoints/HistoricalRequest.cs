using ThiDua.Api.ErrorHandling;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;

namespace ThiDua.Api.Endpoints;

/// <summary>
/// Historical record mode (ADR 0014): the act took place on <c>occurredOn</c> and is entered from <c>sourceDocument</c>.
/// Deadlines are checked against that date, not today. Only for an administrator or the deciding authority's council.
/// </summary>
public sealed record HistoricalRequest
{
    /// <summary>The real date of the act (YYYY-MM-DD, a date in Vietnam); not in the future.</summary>
    /// <example>2022-03-15</example>
    public DateOnly? OccurredOn { get; init; }

    /// <summary>The document the act is entered from: the signed covenant, the conference minutes, the unit's letter.</summary>
    public DocumentRequest? SourceDocument { get; init; }

    public HistoricalInput ToInput() => new(OccurredOn, SourceDocument?.ToInput());
}

/// <summary>The optional body of a lifecycle transition: present with <c>historical</c>, the transition is entered as history.</summary>
public sealed record TransitionRequest
{
    /// <summary>Omit for a live transition (dated today).</summary>
    public HistoricalRequest? Historical { get; init; }
}

/// <summary>The optional body of finalizing a covenant: historical record mode, and the document recording the results.</summary>
public sealed record FinalizeCovenantRequest
{
    /// <summary>Omit for a live finalization (dated today).</summary>
    public HistoricalRequest? Historical { get; init; }

    /// <summary>
    /// The document recording the year's results (quyết định or biên bản công nhận kết quả), a stored document by
    /// <c>documentId</c> (`document.not_stored`).
    /// </summary>
    public DocumentRequest? ScoreboardDecision { get; init; }
}

/// <summary>What every write that accepts historical record mode says about it in its OpenAPI description.</summary>
internal static class HistoryDocs
{
    /// <summary>The errors of historical record mode, declared on every write that accepts it (ADR 0014, ADR 0018).</summary>
    public static readonly ApiError[] Errors =
    [
        HistoryRecording.RoleNotAllowed, HistoryErrors.DateInFuture, HistoryErrors.DateOutsidePeriod, HistoryErrors.DateBeforePreviousAct,
        HistoryErrors.RecordIsLive.Because("the record is kept live"),
        HistoryErrors.RecordIsHistorical.Because("a live write cannot change what was entered as history"),
    ];

    public const string Codes =
        " **Historical record mode:** send `historical` (`occurredOn` + `sourceDocument`) to enter an act of the past with its real date: deadlines are checked against that date, and the resource and the audit log mark it as history with who entered it. Only an administrator or the deciding authority's council (`history.role_not_allowed`, 403).";
}
