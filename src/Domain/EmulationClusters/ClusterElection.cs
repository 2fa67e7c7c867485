using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>
/// The election (bầu) of a term's head (cụm trưởng / trưởng khối) and deputy (cụm phó / phó khối),
/// recorded with the document that states it. Elections are kept as history; the latest is in force.
/// </summary>
public sealed class ClusterElection
{
    private ClusterElection()
    {
    }

    public Guid Id { get; private set; }

    public UnitId HeadUnitId { get; private set; }

    public UnitId? DeputyUnitId { get; private set; }

    public DocumentReference Document { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    internal static ClusterElection Create(UnitId head, UnitId? deputy, DocumentReference document, DateTimeOffset now) =>
        new()
        {
            Id = EntityIds.New(),
            HeadUnitId = head,
            DeputyUnitId = deputy,
            Document = document,
            RecordedAt = now,
        };
}
