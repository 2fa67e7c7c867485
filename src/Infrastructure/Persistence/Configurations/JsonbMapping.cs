using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal static class JsonbMapping
{
    /// <summary>camelCase JSON for documents stored in jsonb columns (e.g. <c>terms ->> 'title'</c>).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores an immutable value object as one jsonb document, compared by its JSON for change tracking.</summary>
    public static PropertyBuilder<T> HasJsonbConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                text => JsonSerializer.Deserialize<T>(text, Json)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));
    }

    /// <summary>
    /// Stores a domain value as one jsonb document in its own stored shape (ADR 0024): <paramref name="store"/> maps the
    /// domain value to the shape written, <paramref name="read"/> maps a stored shape back; change tracking compares the
    /// stored JSON. The value may change in place, so its JSON is written afresh at every comparison; the snapshot it is
    /// compared with is a copy no code changes, whose JSON is kept from when the copy was made (a save detects changes
    /// several times: each compares by writing the current value only; ADR 0036, amendment of 2026-12-05).
    /// </summary>
    public static PropertyBuilder<TDomain> HasStoredShape<TDomain, TStored>(
        this PropertyBuilder<TDomain> property, Func<TDomain, TStored> store, Func<TStored, TDomain> read)
        where TDomain : class
        where TStored : class
    {
        ArgumentNullException.ThrowIfNull(property);
        var shape = new StoredShapeJson<TDomain, TStored>(store, read);
        return property.MapStoredShape(shape, (a, b) => a == null ? b == null : b != null && shape.JsonOf(a) == shape.JsonOf(b), value => shape.Snapshot(value));
    }

    /// <summary>
    /// As <see cref="HasStoredShape{TDomain, TStored}"/>, for an immutable domain value that the aggregate replaces rather
    /// than changes (e.g. a nomination line's eligibility result): change tracking keeps the loaded value itself as its
    /// snapshot and compares by reference first, so loading a dossier of 200 lines to write one of them serialises none
    /// of the 199 others (the stored JSON is written and compared only for a replaced value; ADR 0036, amendment). Since
    /// the value never changes, its JSON is written once and kept with it: submitting a dossier replaces the result of
    /// every line, and each of the save's change detections then compares kept JSON, not 400 fresh serialisations.
    /// </summary>
    public static PropertyBuilder<TDomain> HasImmutableStoredShape<TDomain, TStored>(
        this PropertyBuilder<TDomain> property, Func<TDomain, TStored> store, Func<TStored, TDomain> read)
        where TDomain : class
        where TStored : class
    {
        ArgumentNullException.ThrowIfNull(property);
        var shape = new StoredShapeJson<TDomain, TStored>(store, read, immutable: true);
        return property.MapStoredShape(shape, (a, b) => ReferenceEquals(a, b) || (a != null && b != null && shape.JsonOf(a) == shape.JsonOf(b)), value => value);
    }

    /// <summary>The jsonb column, its conversion through <paramref name="shape"/>, and change tracking by <paramref name="equals"/> on snapshots made by <paramref name="snapshot"/>.</summary>
    private static PropertyBuilder<TDomain> MapStoredShape<TDomain, TStored>(
        this PropertyBuilder<TDomain> property,
        StoredShapeJson<TDomain, TStored> shape,
        System.Linq.Expressions.Expression<Func<TDomain?, TDomain?, bool>> equals,
        System.Linq.Expressions.Expression<Func<TDomain, TDomain>> snapshot)
        where TDomain : class
        where TStored : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<TDomain, string>(value => shape.JsonOf(value), text => shape.Read(text)),
                new ValueComparer<TDomain>(equals, value => shape.JsonOf(value).GetHashCode(StringComparison.Ordinal), snapshot));

    /// <summary>
    /// The stored shape's JSON, kept (weakly, with the object) for objects no code changes: every value when
    /// <c>immutable</c>, otherwise the snapshots this class makes. The JSON kept is the one this class writes, never the
    /// text read from the database: PostgreSQL returns jsonb normalised, which would differ from it and look like a change.
    /// </summary>
    private sealed class StoredShapeJson<TDomain, TStored>(Func<TDomain, TStored> store, Func<TStored, TDomain> read, bool immutable = false)
        where TDomain : class
        where TStored : class
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<TDomain, string> _kept = [];

        public string JsonOf(TDomain value)
        {
            if (_kept.TryGetValue(value, out var json))
            {
                return json;
            }

            json = Write(value);
            if (immutable)
            {
                _kept.TryAdd(value, json);
            }

            return json;
        }

        /// <summary>A copy of a value that may change in place, with its JSON kept: change tracking's original value.</summary>
        public TDomain Snapshot(TDomain value)
        {
            var json = Write(value);
            var copy = Read(json);
            _kept.AddOrUpdate(copy, json);
            return copy;
        }

        public TDomain Read(string text) => read(JsonSerializer.Deserialize<TStored>(text, Json)
            ?? throw new InvalidOperationException($"A stored {typeof(TStored).Name} is JSON null."));

        private string Write(TDomain value) => JsonSerializer.Serialize(store(value), Json);
    }

    /// <summary>Stores an optional immutable record as one jsonb document (SQL null when absent).</summary>
    public static PropertyBuilder<T?> HasNullableJsonbConversion<T>(this PropertyBuilder<T?> property)
        where T : class, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                text => JsonSerializer.Deserialize<T>(text, Json));
    }
}
