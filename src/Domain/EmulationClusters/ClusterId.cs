using ThiDua.Domain.Common;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>Identity of an emulation cluster or block (cụm / khối thi đua).</summary>
public readonly record struct ClusterId(Guid Value) : IEntityId
{
    public static ClusterId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
