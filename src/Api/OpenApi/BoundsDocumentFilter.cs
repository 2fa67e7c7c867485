using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Gives every string, array and integer of the document a bound that holds (ADR 0017, "Lint"): the validators'
/// where they state one (<see cref="BoundsSchemaFilter"/>, and <c>limit</c>/<c>cursor</c> from
/// <see cref="PageRequestValidator"/>); the exact length of a uuid, a date or a date-time; else, in requests, what
/// Kestrel enforces (the body size, the request line, the headers), and in responses the longest text the API
/// stores (<see cref="ContractBounds.ResponseTextMaxLength"/>), a .NET list's capacity, an integer's range.
/// </summary>
internal sealed class BoundsDocumentFilter(ValidatorBounds bounds) : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        // The default body limit, not the configured one: the document is one committed contract for every deployment;
        // a deployment that raises Limits:MaxRequestBodyBytes says so to its integrators (README).
        var maxBody = DependencyInjection.DefaultMaxRequestBodyBytes;
        var requestSchemas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            {
                CollectReferences(swaggerDoc, media.Schema, requestSchemas);
            }
        }

        var request = new Bounder(RequestText: ContractBounds.RequestTextMaxLength(maxBody), RequestArray: ContractBounds.RequestArrayMaxItems(maxBody), IsRequest: true);
        var response = new Bounder(RequestText: 0, RequestArray: 0, IsRequest: false);
        foreach (var (name, schema) in swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            (requestSchemas.Contains(name) ? request : response).Visit(schema);
        }

        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                if (parameter.Schema is not OpenApiSchema schema)
                {
                    continue;
                }

                if (parameter.In == ParameterLocation.Query && parameter.Name is "limit" or "cursor")
                {
                    var page = bounds.For(typeof(PageRequest), parameter.Name);
                    BoundsSchemaFilter.Apply(schema, page.MaxLength, page.Minimum, page.Maximum);
                }

                var text = parameter.In == ParameterLocation.Header ? ContractBounds.RequestHeadersMaxLength : ContractBounds.RequestLineMaxLength;
                new Bounder(text, text, IsRequest: true).Visit(schema);
            }

            foreach (var media in operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            {
                request.Visit(media.Schema);
            }

            foreach (var answer in (operation.Responses?.Values.AsEnumerable() ?? []).OfType<OpenApiResponse>())
            {
                foreach (var media in answer.Content?.Values.AsEnumerable() ?? [])
                {
                    response.Visit(media.Schema);
                }

                foreach (var header in (answer.Headers?.Values.AsEnumerable() ?? []).OfType<OpenApiHeader>())
                {
                    response.Visit(header.Schema);
                }
            }
        }
    }

    private static void CollectReferences(OpenApiDocument document, IOpenApiSchema? schema, HashSet<string> names)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && names.Add(id)
                    && document.Components?.Schemas?.TryGetValue(id, out var target) == true)
                {
                    CollectReferences(document, target, names);
                }

                return;
            case OpenApiSchema inline:
                foreach (var child in Children(inline))
                {
                    CollectReferences(document, child, names);
                }

                return;
            default:
                return;
        }
    }

    private static IEnumerable<IOpenApiSchema> Children(OpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
            .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Concat(new[] { schema.Items, schema.AdditionalProperties }.OfType<IOpenApiSchema>());

    private sealed record Bounder(long RequestText, long RequestArray, bool IsRequest)
    {
        public void Visit(IOpenApiSchema? schema)
        {
            if (schema is not OpenApiSchema inline)
            {
                return;
            }

            foreach (var child in Children(inline))
            {
                Visit(child);
            }

            var kind = inline.Type ?? 0;
            // A file (format binary) is bytes, not text: no text bound applies to it.
            if (kind.HasFlag(JsonSchemaType.String) && inline.MaxLength is null && inline.Enum is not { Count: > 0 } && inline.Const is null && inline.Format != "binary")
            {
                (inline.MinLength, inline.MaxLength) = inline.Format switch
                {
                    "uuid" => (ContractBounds.UuidLength, ContractBounds.UuidLength),
                    "date" => (ContractBounds.DateLength, ContractBounds.DateLength),
                    "date-time" when !IsRequest => (inline.MinLength, ContractBounds.DateTimeMaxLength),
                    _ => (inline.MinLength, IsRequest ? (int)Math.Min(RequestText, int.MaxValue) : ContractBounds.ResponseTextMaxLength),
                };
            }

            if (kind.HasFlag(JsonSchemaType.Array) && inline.MaxItems is null)
            {
                inline.MaxItems = IsRequest ? (int)Math.Min(RequestArray, int.MaxValue) : ContractBounds.ResponseArrayMaxItems;
            }

            if (kind.HasFlag(JsonSchemaType.Integer))
            {
                var (low, high) = inline.Format == "int64" ? ((decimal)long.MinValue, (decimal)long.MaxValue) : (int.MinValue, int.MaxValue);
                inline.Minimum ??= low.ToString(CultureInfo.InvariantCulture);
                inline.Maximum ??= high.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
