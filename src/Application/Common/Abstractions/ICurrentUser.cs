using ThiDua.Domain.Units;

namespace ThiDua.Application.Common.Abstractions;

/// <summary>The caller, as its bearer token describes it.</summary>
public interface ICurrentUser
{
    /// <summary>Token subject (<c>sub</c>), or a fixed name for system processes such as the demo-data loader.</summary>
    string Subject { get; }

    string? DisplayName { get; }

    /// <summary>The unit the caller works for (<c>unit_id</c> claim), if any.</summary>
    UnitId? UnitId { get; }

    bool IsInRole(string role);
}
