using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants.Events;

/// <summary>A covenant was finalized; its leading unit(s) may be proposed for the provincial emulation flag.</summary>
public sealed record CovenantFinalizedDomainEvent(
    CovenantId CovenantId,
    ClusterId ClusterId,
    int Year,
    IReadOnlyList<UnitId> LeadingUnitIds,
    DateTimeOffset FinalizedAt) : IDomainEvent;
