using ThiDua.Domain.Common;
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

    /// <summary>When the signature was recorded in the system (for a signature entered as history: when it was entered).</summary>
    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>The signed covenant (bản giao ước đã ký) as a stored document, when the unit's signature came with it (ADR 0029).</summary>
    public DocumentReference? Document { get; private set; }

    /// <summary>For a signature entered as history: its real date and source document, and who entered it (ADR 0014).</summary>
    public HistoricalRecord? Historical { get; private set; }

    /// <summary>The date the unit signed: the historical date, or the day it was signed live (in Vietnam).</summary>
    public DateOnly SignedOn => Historical?.OccurredOn ?? LegalCalendar.DateInVietnam(SignedAt);

    internal static CovenantSignature Create(
        UnitId unitId, string signedBy, string? signatoryName, DateTimeOffset now, HistoricalRecord? historical = null, DocumentReference? document = null) =>
        new()
        {
            Document = document,
            Id = EntityIds.New(),
            UnitId = unitId,
            SignedBy = signedBy,
            SignatoryName = signatoryName,
            SignedAt = now,
            Historical = historical,
        };
}
