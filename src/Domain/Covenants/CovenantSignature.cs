using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants;

/// <summary>A member unit's signature of the covenant: who recorded it and when.</summary>
public sealed class CovenantSignature
{
    private CovenantSignature()
    {
    }

    public Guid Id { get; private set; }

    public UnitId UnitId { get; private set; }

    /// <summary>Token subject of the person who recorded the signature.</summary>
    public string SignedBy { get; private set; } = null!;

    /// <summary>Name and title of the unit's signatory, as on the signed covenant.</summary>
    public string? SignatoryName { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    internal static CovenantSignature Create(UnitId unitId, string signedBy, string? signatoryName, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            SignedBy = signedBy,
            SignatoryName = signatoryName,
            SignedAt = now,
        };
}
