using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// In a <c>multipart/form-data</c> body, a part whose schema is an object (the document upload's <c>metadata</c>) is
/// sent as JSON: the document says so with an <c>encoding</c> of <c>application/json</c>, and Swagger UI then offers a
/// JSON editor for it beside the file picker (ADR 0023).
/// </summary>
internal sealed class MultipartJsonPartFilter : IOperationFilter
{
    private const string Multipart = "multipart/form-data";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue(Multipart, out var media) || media.Schema is null)
        {
            return;
        }

        var schema = media.Schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id
            && context.SchemaRepository.Schemas.TryGetValue(id, out var target) ? target : media.Schema;
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchemaReference || (property.Type ?? 0).HasFlag(JsonSchemaType.Object))
            {
                media.Encoding ??= new Dictionary<string, OpenApiEncoding>();
                media.Encoding[name] = new OpenApiEncoding { ContentType = "application/json" };
            }
        }
    }
}
