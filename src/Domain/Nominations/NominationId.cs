using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations;

/// <summary>Identity of a nomination dossier (hồ sơ đề nghị khen thưởng).</summary>
public readonly record struct NominationId(Guid Value) : IEntityId
{
    public static NominationId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
