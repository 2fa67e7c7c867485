using System.Text.Json.Serialization;

namespace ThiDua.Infrastructure.Persistence.StoredShapes;

/// <summary>
/// The base of every shape stored in a jsonb column (ADR 0024): persistence owns it, apart from the domain and from the
/// API, and maps it to and from the domain explicitly, so renaming a domain property changes neither the stored rows
/// nor how they are read. Each stored object carries its shape's version in <c>v</c>; rows written before shapes were
/// versioned have none and are version 1. A shape that changes incompatibly gets a new record (…V2) whose reader still
/// reads the older versions; a version this build does not know is refused rather than misread.
/// </summary>
internal abstract record StoredShape
{
    [JsonPropertyName("v")]
    [JsonPropertyOrder(-1)]
    public int V { get; init; } = 1;

    /// <summary>Refuses a row written in a version this build cannot read (a newer build wrote it).</summary>
    protected void EnsureVersion(int readable)
    {
        if (V < 1 || V > readable)
        {
            throw new InvalidOperationException(
                $"A stored {GetType().Name} has version {V}; this build reads versions 1 to {readable}. It was written by a newer build.");
        }
    }
}
