using ThiDua.Domain.Common;

namespace ThiDua.Domain.Units;

/// <summary>Identity of an organisation unit (đơn vị).</summary>
public readonly record struct UnitId(Guid Value) : IEntityId
{
    public static UnitId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
