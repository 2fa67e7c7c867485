using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.Audit;

/// <summary>
/// Builds one audit entry per changed aggregate: the root's changed values (old and new), the changes of its child
/// entities (added, removed, modified), and the aggregate's full state after the change, so that every past state can
/// be read back. The row version is left out of the state: it is assigned by the save the entry is part of.
/// </summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions StateJson = CreateStateJson();

    /// <param name="tracker">The context's change tracker.</param>
    /// <param name="operation">The command's name.</param>
    /// <param name="user">Who makes the change (for history: who enters it).</param>
    /// <param name="now">When.</param>
    /// <param name="historicalFor">
    /// When the command is a write in historical record mode: the date and source of an aggregate's change, by its id
    /// (ADR 0014; an import marks each past award with its own decision, ADR 0033); null, or null for an id: live.
    /// </param>
    public static IEnumerable<AuditEntry> Collect(ChangeTracker tracker, string operation, ICurrentUser user, DateTimeOffset now, Func<Guid, HistoricalEntry?>? historicalFor = null)
    {
        var entries = tracker.Entries<IAggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        // Every tracked entry by type and key, built once, so that finding each child's owner is a lookup.
        var byKey = tracker.Entries()
            .Where(e => e.Metadata.FindPrimaryKey() is not null)
            .GroupBy(e => (e.Metadata, Key: KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
            .ToDictionary(g => g.Key, g => g.First());
        var childChanges = tracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Root: RootOf(byKey, e), Change: ChildChange(e)))
            .Where(x => x.Root is not null && x.Change is not null)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = ChangesOf(entry);
            var children = new JsonArray(childChanges.Where(c => ReferenceEquals(c.Root, entry.Entity)).Select(c => (JsonNode?)c.Change).ToArray());
            if (children.Count > 0)
            {
                changes["children"] = children;
            }

            var resourceId = ResourceIdOf(entry);
            var historical = historicalFor?.Invoke(resourceId);
            yield return new AuditEntry
            {
                OccurredAt = now,
                Subject = user.Subject,
                DisplayName = user.DisplayName,
                Operation = operation,
                ResourceType = entry.Metadata.ClrType.Name,
                ResourceId = resourceId,
                Action = entry.State switch
                {
                    EntityState.Added => "created",
                    EntityState.Deleted => "deleted",
                    _ => "updated",
                },
                Changes = JsonSerializer.SerializeToDocument(changes, StateJson),
                State = JsonSerializer.SerializeToDocument(entry.Entity, entry.Entity.GetType(), StateJson),
                RecordedAs = historical is null ? "live" : "history",
                HistoricalOccurredOn = historical?.OccurredOn,
                HistoricalSourceNumber = historical?.Source.Number,
                HistoricalSourceDate = historical?.Source.Date,
                HistoricalSourceIssuer = historical?.Source.Issuer,
            };
        }
    }

    private static Guid ResourceIdOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties[0];
        var value = entry.Property(key.Name).CurrentValue;
        return value switch
        {
            IEntityId id => id.Value,
            Guid id => id,
            _ => throw new InvalidOperationException($"No audit id for key type {value?.GetType().Name}."),
        };
    }

    /// <summary>The aggregate root that owns <paramref name="entry"/>, following ownership up through nested children.</summary>
    private static object? RootOf(Dictionary<(IEntityType, string), EntityEntry> byKey, EntityEntry entry)
    {
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            if (!byKey.TryGetValue((ownership.PrincipalEntityType, KeyOf(current, ownership.Properties)), out var principal))
            {
                return null;
            }

            current = principal;
        }

        return current.Entity;
    }

    /// <summary>The values of <paramref name="properties"/> as one string (current value, or original for deleted rows).</summary>
    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('|', properties.Select(p => Convert.ToString(
            entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A child entity's change: its type, the action, and its values (or, when modified, old and new values).</summary>
    private static JsonObject? ChildChange(EntityEntry entry)
    {
        var values = new JsonObject();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty()))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
            switch (entry.State)
            {
                case EntityState.Added:
                    values[name] = JsonSerializer.SerializeToNode(property.CurrentValue, StateJson);
                    break;
                case EntityState.Deleted:
                    values[name] = JsonSerializer.SerializeToNode(property.OriginalValue, StateJson);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    values[name] = new JsonArray(
                        JsonSerializer.SerializeToNode(property.OriginalValue, StateJson),
                        JsonSerializer.SerializeToNode(property.CurrentValue, StateJson));
                    break;
            }
        }

        if (entry.State == EntityState.Modified && values.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["entity"] = entry.Metadata.ClrType.Name,
            ["action"] = entry.State switch
            {
                EntityState.Added => "added",
                EntityState.Deleted => "removed",
                _ => "modified",
            },
            ["values"] = values,
        };
    }

    private static JsonObject ChangesOf(EntityEntry entry)
    {
        var changes = new JsonObject();
        if (entry.State != EntityState.Modified)
        {
            return changes;
        }

        foreach (var property in entry.Properties.Where(p => p.IsModified && !p.Metadata.IsShadowProperty()))
        {
            if (Equals(property.OriginalValue, property.CurrentValue) || property.Metadata.Name is "UpdatedAt" or "Version")
            {
                continue;
            }

            changes[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = new JsonArray(
                JsonSerializer.SerializeToNode(property.OriginalValue, StateJson),
                JsonSerializer.SerializeToNode(property.CurrentValue, StateJson));
        }

        return changes;
    }

    private static JsonSerializerOptions CreateStateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReferenceHandler = ReferenceHandler.IgnoreCycles,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    info =>
                    {
                        foreach (var property in info.Properties.Where(p => p.Name is "domainEvents" or "version").ToList())
                        {
                            info.Properties.Remove(property);
                        }
                    },
                },
            },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new EntityIdJsonConverterFactory());
        return options;
    }

    /// <summary>Writes every typed id (<see cref="IEntityId"/>) as its GUID.</summary>
    private sealed class EntityIdJsonConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeof(IEntityId).IsAssignableFrom(typeToConvert) && typeToConvert.IsValueType;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EntityIdJsonConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class EntityIdJsonConverter<T> : JsonConverter<T>
        where T : struct, IEntityId
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Audit state is written, never read back into objects.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
