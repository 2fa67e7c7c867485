using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ThiDua.Api.Endpoints;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Api.OpenApi;

/// <summary>Whether a request body type can cite a stored document by its id (ADR 0029), anywhere inside it.</summary>
internal static class DocumentReferences
{
    private const int MaxDepth = 5;
    private static readonly ConcurrentDictionary<Type, bool> Known = new();

    public static bool CanCarry(Type type) => Known.GetOrAdd(type, t => Walk(t, 0, []));

    private static bool Walk(Type type, int depth, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DocumentRequest) || type == typeof(DocumentInput) || type == typeof(LaunchLetterInput))
        {
            return true;
        }

        if (depth >= MaxDepth || type == typeof(string) || type.IsValueType || !seen.Add(type))
        {
            return false;
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.GetGenericArguments().Any(a => Walk(a, depth + 1, seen));
        }

        if (type.Assembly != typeof(DocumentRequest).Assembly && type.Assembly != typeof(DocumentInput).Assembly)
        {
            return false;
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Walk(p.PropertyType, depth + 1, seen));
    }
}
