using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Puts the bounds the validators enforce on request properties into their schemas (<see cref="ValidatorBounds"/>):
/// lengths, ranges, item counts, and <c>required</c> for what an unconditional <c>NotNull</c>/<c>NotEmpty</c> demands;
/// and bounds a page's <c>items</c> by the largest <c>limit</c>. What is left unbounded is bounded by
/// <see cref="BoundsDocumentFilter"/>.
/// </summary>
internal sealed class BoundsSchemaFilter(ValidatorBounds bounds) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        var type = context.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>)
            && concrete.Properties.TryGetValue("items", out var items) && items is OpenApiSchema itemsSchema)
        {
            itemsSchema.MaxItems = PageRequest.MaxLimit;
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!concrete.Properties.TryGetValue(name, out var target) || target is not OpenApiSchema inline)
            {
                continue;
            }

            var found = bounds.For(type, property.Name);
            if (!found.IsEmpty)
            {
                Apply(inline, found.MaxLength, found.Minimum, found.Maximum);
                if (found.MaxItems is { } maxItems && (inline.Type ?? 0).HasFlag(JsonSchemaType.Array))
                {
                    inline.MaxItems = maxItems;
                }

                if (inline.Items is OpenApiSchema item)
                {
                    Apply(item, found.ItemMaxLength, found.ItemMinimum, found.ItemMaximum);
                }

                if (found.Required)
                {
                    // Refused when absent or null (400 validation_failed): required, and null is not a value it takes.
                    (concrete.Required ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    if (inline.Type is { } declared)
                    {
                        inline.Type = declared & ~JsonSchemaType.Null;
                    }
                }
            }
        }
    }

    public static void Apply(OpenApiSchema schema, int? maxLength, decimal? minimum, decimal? maximum)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var kind = schema.Type ?? 0;
        if (maxLength is { } length && kind.HasFlag(JsonSchemaType.String))
        {
            schema.MaxLength = length;
        }

        if (kind.HasFlag(JsonSchemaType.Integer) || kind.HasFlag(JsonSchemaType.Number))
        {
            if (minimum is { } low)
            {
                schema.Minimum = low.ToString(CultureInfo.InvariantCulture);
            }

            if (maximum is { } high)
            {
                schema.Maximum = high.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
