using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>An initiative (sáng kiến) or a scientific work (đề tài, công trình khoa học).</summary>
public enum InitiativeKind
{
    Initiative = 1,
    ScientificWork = 2,
}

/// <summary>
/// How far the recognition reaches (phạm vi ảnh hưởng): the unit (cơ sở), the province, or the nation. The scope must
/// match the title it supports (Law 06/2022/QH15 Art. 21.2, 22.2, 23; domain.md R10).
/// </summary>
public enum InitiativeScope
{
    Unit = 1,
    Province = 2,
    National = 3,
}

/// <summary>A recognised initiative or accepted scientific work, with the body and document that recognised it.</summary>
public sealed class Initiative
{
    public const int TitleMaxLength = 500;

    private Initiative()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = null!;

    public InitiativeKind Kind { get; private set; }

    public int Year { get; private set; }

    public InitiativeScope Scope { get; private set; }

    public string RecognisingBody { get; private set; } = null!;

    public DocumentReference Document { get; private set; } = null!;

    /// <summary>
    /// The standing award this initiative supports, if any: an initiative or scientific work supports one award only
    /// (Công văn 5007/BNV-TĐKT (2023), mục III.5.c; R9). Cleared when that award is revoked.
    /// </summary>
    public AwardRecordId? SupportsAwardId { get; private set; }

    internal void Support(AwardRecordId awardId) => SupportsAwardId = awardId;

    internal void Release() => SupportsAwardId = null;

    internal static Initiative Create(string title, InitiativeKind kind, int year, InitiativeScope scope, string recognisingBody, DocumentReference document) =>
        new()
        {
            Id = EntityIds.New(),
            Title = Text.Clean(title),
            Kind = kind,
            Year = year,
            Scope = scope,
            RecognisingBody = Text.Clean(recognisingBody),
            Document = document,
        };
}
