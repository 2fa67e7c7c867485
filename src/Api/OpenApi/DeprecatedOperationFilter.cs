using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>Marks deprecated an operation whose endpoint carries an <see cref="ObsoleteAttribute"/> (e.g. the first province-rule API, ADR 0016).</summary>
internal sealed class DeprecatedOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ObsoleteAttribute>().Any())
        {
            operation.Deprecated = true;
        }
    }
}
