namespace ThiDua.Api.OpenApi;

/// <summary>
/// Schema names as generated clients show them: the type's own name (<c>UnitSummaryDto</c>), a generic written as its
/// arguments then its name (<c>UnitSummaryDtoPage</c>), a nested type with its parent (<c>CampaignPlan.Phase</c>).
/// </summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return string.Concat(type.GetGenericArguments().Select(For)) + name;
        }

        return type.IsNested ? $"{For(type.DeclaringType!)}.{type.Name}" : type.Name;
    }
}
