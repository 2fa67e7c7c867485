using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents;

/// <summary>Identity of a stored document (văn bản). Other resources will refer to documents by this id.</summary>
public readonly record struct DocumentId(Guid Value) : IEntityId
{
    public static DocumentId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
