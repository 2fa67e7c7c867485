using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Api.Http;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Makes each schema say what the API really does: enums are strings with their wire values, each value described with
/// its XML summary (the Vietnamese term); every property that is never null is <c>required</c>.
/// </summary>
internal sealed class ContractSchemaFilter(XmlDocs docs) : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type.IsEnum)
        {
            DescribeEnum(concrete, type);
            return;
        }

        if (concrete.Properties is { Count: > 0 } && type.IsClass && type != typeof(string))
        {
            MarkRequired(concrete, type);
        }
    }

    private void DescribeEnum(OpenApiSchema schema, Type type)
    {
        var names = Enum.GetNames(type);
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Enum = names.Select(n => (JsonNode)JsonValue.Create(EnumNaming.Policy.ConvertName(n))!).ToList();
        var lines = names.Select(n =>
        {
            var summary = docs.Summary($"F:{type.FullName}.{n}");
            return summary is null ? $"- `{EnumNaming.Policy.ConvertName(n)}`" : $"- `{EnumNaming.Policy.ConvertName(n)}`: {summary}";
        });
        var head = docs.Summary($"T:{type.FullName}") ?? schema.Description;
        schema.Description = string.Join("\n", new[] { head }.Concat(lines).Where(l => !string.IsNullOrWhiteSpace(l)));
    }

    private static void MarkRequired(OpenApiSchema schema, Type type)
    {
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!schema.Properties!.ContainsKey(name) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (IsNeverNull(property))
            {
                schema.Required.Add(name);
                if (schema.Properties[name] is OpenApiSchema inline && inline.Type is { } declared)
                {
                    inline.Type = declared & ~JsonSchemaType.Null;
                }
            }
        }
    }

    private static bool IsNeverNull(PropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is null;
        }

        return Nullability.Create(property).ReadState == NullabilityState.NotNull;
    }
}
