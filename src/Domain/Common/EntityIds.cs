using System.Security.Cryptography;
using System.Text;

namespace ThiDua.Domain.Common;

/// <summary>
/// Where every new entity id comes from. Normally a time-ordered UUID v7. Inside a <see cref="Deterministic"/> scope the
/// ids are name-based UUIDs (RFC 9562 version 5) derived from the scope's key and a counter, so the same seeding run gives
/// the same ids on every machine: the demo data's ids are the ones the API document's examples use (ADR 0017).
/// </summary>
public static class EntityIds
{
    /// <summary>The namespace of ThiDua's name-based ids (itself a fixed random UUID).</summary>
    private static readonly Guid Namespace = new("4f6c1f4e-2f0b-4d8e-9a4a-5d1b7c0e3a21");

    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>A new id: name-based inside a deterministic scope, otherwise a UUID v7.</summary>
    public static Guid New() => Current.Value is { } scope ? scope.Next() : Guid.CreateVersion7();

    /// <summary>
    /// Until disposed, new ids on this async flow are derived from <paramref name="key"/>: the first is
    /// <see cref="NameBased"/>(<paramref name="key"/>), then <c>key#1</c>, <c>key#2</c>, …
    /// </summary>
    public static IDisposable Deterministic(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var scope = new Scope(key, Current.Value);
        Current.Value = scope;
        return scope;
    }

    /// <summary>The UUID version 5 of <paramref name="name"/> in ThiDua's namespace.</summary>
    public static Guid NameBased(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> namespaceBytes = stackalloc byte[16];
        Namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 name-based ids; no security rests on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private sealed class Scope(string key, Scope? outer) : IDisposable
    {
        private int _count;

        public Guid Next()
        {
            var n = _count++;
            return NameBased(n == 0 ? key : $"{key}#{n}");
        }

        public void Dispose() => Current.Value = outer;
    }
}
