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
    /// stored JSON.
    /// </summary>
    public static PropertyBuilder<TDomain> HasStoredShape<TDomain, TStored>(
        this PropertyBuilder<TDomain> property, Func<TDomain, TStored> store, Func<TStored, TDomain> read)
        where TDomain : class
        where TStored : class
    {
        ArgumentNullException.ThrowIfNull(property);
        var shape = new StoredShapeJson<TDomain, TStored>(store, read);
        return property.MapStoredShape(shape, (a, b) => a == null ? b == null : b != null && shape.Write(a) == shape.Write(b), value => shape.Read(shape.Write(value)));
    }

    /// <summary>
    /// As <see cref="HasStoredShape{TDomain, TStored}"/>, for an immutable domain value that the aggregate replaces rather
    /// than changes (e.g. a nomination line's eligibility result): change tracking keeps the loaded value itself as its
    /// snapshot and compares by reference first, so loading a dossier of 200 lines to write one of them serialises none
    /// of the 199 others (the stored JSON is written and compared only for a replaced value; ADR 0036, amendment).
    /// </summary>
    public static PropertyBuilder<TDomain> HasImmutableStoredShape<TDomain, TStored>(
        this PropertyBuilder<TDomain> property, Func<TDomain, TStored> store, Func<TStored, TDomain> read)
        where TDomain : class
        where TStored : class
    {
        ArgumentNullException.ThrowIfNull(property);
        var shape = new StoredShapeJson<TDomain, TStored>(store, read);
        return property.MapStoredShape(shape, (a, b) => ReferenceEquals(a, b) || (a != null && b != null && shape.Write(a) == shape.Write(b)), value => value);
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
                new ValueConverter<TDomain, string>(value => shape.Write(value), text => shape.Read(text)),
                new ValueComparer<TDomain>(equals, value => shape.Write(value).GetHashCode(StringComparison.Ordinal), snapshot));

    private sealed class StoredShapeJson<TDomain, TStored>(Func<TDomain, TStored> store, Func<TStored, TDomain> read)
        where TStored : class
    {
        public string Write(TDomain value) => JsonSerializer.Serialize(store(value), Json);

        public TDomain Read(string text) => read(JsonSerializer.Deserialize<TStored>(text, Json)
            ?? throw new InvalidOperationException($"A stored {typeof(TStored).Name} is JSON null."));
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
