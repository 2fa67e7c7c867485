using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>Input of an election: who was elected head and (if one was) deputy, and the document recording it.</summary>
public sealed record ElectionRecord(UnitId HeadUnitId, UnitId? DeputyUnitId, DocumentReference Document);
