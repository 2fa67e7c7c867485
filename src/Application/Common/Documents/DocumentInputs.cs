using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace ThiDua.Application.Common.Documents;

/// <summary>
/// Finds every <see cref="DocumentInput"/> a command carries: as a property, inside the Application's own input records
/// (e.g. <c>HistoricalInput.SourceDocument</c>, <c>ClusterElectionInput.Document</c>) and in lists of them. The walk of
/// each command type is planned once. No command declares its documents by hand, so none can forget one.
/// </summary>
public static class DocumentInputs
{
    private const int MaxDepth = 4;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Plans = new();

    public static IReadOnlyList<DocumentInput> In(object? message)
    {
        var found = new List<DocumentInput>();
        Collect(message, 0, found);
        return found;
    }

    private static void Collect(object? value, int depth, List<DocumentInput> found)
    {
        switch (value)
        {
            case null:
                return;
            case DocumentInput input:
                found.Add(input);
                return;
            case string:
                return;
            case IEnumerable items when depth < MaxDepth:
                foreach (var item in items)
                {
                    Collect(item, depth + 1, found);
                }

                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var property in Plans.GetOrAdd(value.GetType(), Plan))
        {
            Collect(property.GetValue(value), depth + 1, found);
        }
    }

    /// <summary>The properties that may hold a document input: of the Application's own types, or enumerables of them.</summary>
    private static PropertyInfo[] Plan(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && MayHold(p.PropertyType))
            .ToArray();

    private static bool MayHold(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DocumentInput))
        {
            return true;
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsValueType)
        {
            return false;
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.GetGenericArguments().Any(MayHold);
        }

        return type.Assembly == typeof(DocumentInput).Assembly && type.IsClass;
    }
}
