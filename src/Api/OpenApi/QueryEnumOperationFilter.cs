using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Api.Http;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Types an enum query filter (a <c>string?</c> parameter marked <see cref="QueryEnumAttribute{TEnum}"/>) as a reference
/// to its enum's component schema, the same schema that request and response bodies use, so that the document, the
/// bodies and the parser name the same values (ADR 0017, amendment "Generated clients"). A string filter marked
/// <see cref="QueryPatternAttribute"/> gets that <c>pattern</c>.
/// </summary>
internal sealed class QueryEnumOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            var attributes = description.ParameterInfo()?.GetCustomAttributes().ToList() ?? [];
            var metadata = attributes.OfType<IQueryEnumMetadata>().SingleOrDefault();
            var pattern = attributes.OfType<QueryPatternAttribute>().SingleOrDefault();
            if (metadata is null && pattern is null)
            {
                continue;
            }

            var parameter = (operation.Parameters ?? []).OfType<OpenApiParameter>()
                .SingleOrDefault(p => p.In == ParameterLocation.Query && p.Name == description.Name)
                ?? throw new InvalidOperationException(
                    $"{context.ApiDescription.RelativePath}: [QueryEnum]/[QueryPattern] parameter '{description.Name}' is not a query parameter of the operation.");
            if (metadata is not null)
            {
                parameter.Schema = context.SchemaGenerator.GenerateSchema(metadata.EnumType, context.SchemaRepository);
            }
            else if (parameter.Schema is OpenApiSchema schema)
            {
                schema.Pattern = pattern!.Pattern;
            }
        }
    }
}
