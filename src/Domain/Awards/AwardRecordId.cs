using ThiDua.Domain.Common;

namespace ThiDua.Domain.Awards;

/// <summary>Identity of one award in a recipient's history.</summary>
public readonly record struct AwardRecordId(Guid Value) : IEntityId
{
    public static AwardRecordId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
