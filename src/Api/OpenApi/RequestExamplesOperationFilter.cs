using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>Puts <see cref="RequestExamples"/> into the document: the JSON body's example and each path parameter's.</summary>
internal sealed class RequestExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId is null || !RequestExamples.ByOperation.TryGetValue(operation.OperationId, out var example))
        {
            return;
        }

        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType json)
        {
            json.Example = example.BodyNode();
        }

        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Path && example.Path.TryGetValue(parameter.Name!, out var value))
            {
                parameter.Example = int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? System.Text.Json.Nodes.JsonValue.Create(number)
                    : System.Text.Json.Nodes.JsonValue.Create(value);
            }
        }
    }
}
