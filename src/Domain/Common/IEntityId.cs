namespace ThiDua.Domain.Common;

/// <summary>A strongly typed identity wrapping a GUID (UUID v7), so that infrastructure can treat every id alike.</summary>
public interface IEntityId
{
    Guid Value { get; }
}
