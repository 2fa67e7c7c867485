using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>Identity of a person (cán bộ, công chức, viên chức, người lao động).</summary>
public readonly record struct PersonId(Guid Value) : IEntityId
{
    public static PersonId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
