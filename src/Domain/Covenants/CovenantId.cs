using ThiDua.Domain.Common;

namespace ThiDua.Domain.Covenants;

/// <summary>Identity of an emulation covenant (giao ước thi đua).</summary>
public readonly record struct CovenantId(Guid Value) : IEntityId
{
    public static CovenantId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
