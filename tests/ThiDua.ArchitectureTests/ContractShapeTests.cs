using System.Collections;
using System.Reflection;
using Mediator;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// What the API answers is its own shape (issue 16 part 4): the results of commands and queries are Application records,
/// never Domain records, so renaming a Domain property cannot silently change the published contract. Domain enums are
/// the shared vocabulary and may appear (their wire names are held by the OpenAPI snapshot test).
/// </summary>
public sealed class ContractShapeTests
{
    [Fact]
    public void Results_OfCommandsAndQueries_ReachNoDomainRecord()
    {
        var roots = Layers.Application.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IQuery<>) || i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();
        roots.ShouldNotBeEmpty();

        var offending = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var root in roots)
            Walk(root, root.Name, seen, offending);

        offending.ShouldBeEmpty("Command and query results must be Application records; these paths reach a Domain type");
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, SortedSet<string> offending)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            type = underlying;
        if (type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan)
            || type == typeof(byte[]))
            return;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
                Walk(argument, $"{path}<{argument.Name}>", seen, offending);
            if (typeof(IEnumerable).IsAssignableFrom(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
                return;
        }
        if (type.IsArray)
        {
            Walk(type.GetElementType()!, path + "[]", seen, offending);
            return;
        }
        if (type.Namespace?.StartsWith(Layers.DomainNamespace, StringComparison.Ordinal) == true)
        {
            offending.Add($"{path} → {type.FullName}");
            return;
        }
        if (!seen.Add(type) || type.Namespace?.StartsWith("ThiDua", StringComparison.Ordinal) != true)
            return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Walk(property.PropertyType, $"{type.Name}.{property.Name}", seen, offending);
    }
}
