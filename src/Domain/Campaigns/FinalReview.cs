using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns;

/// <summary>The final review (tổng kết) of a campaign: its date, the document that records it and a summary.</summary>
public sealed class FinalReview
{
    public const int SummaryMaxLength = 20000;

    private FinalReview()
    {
    }

    public DateOnly Date { get; private init; }

    public DocumentReference Document { get; private init; } = null!;

    public string Summary { get; private init; } = null!;

    public static FinalReview Create(DateOnly date, DocumentReference document, string summary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        return new FinalReview { Date = date, Document = document, Summary = Text.Clean(summary) };
    }
}
