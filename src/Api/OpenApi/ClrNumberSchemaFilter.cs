using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Numbers as the server holds them, so that a generated client can read every value the API sends (ADR 0017,
/// amendment "Generated clients"):
/// <list type="bullet">
/// <item><c>uint</c> (the <c>version</c> of every resource, PostgreSQL's <c>xmin</c>, which grows past 2^31 on a busy
/// database) is <c>int64</c> from 0 to 4294967295, not Swashbuckle's <c>int32</c>, which a client reads as a 32-bit signed
/// number and fails on.</item>
/// <item><c>decimal</c> (points, scores, shares, targets) is <c>number</c> with format <c>decimal</c>, not <c>double</c>, so
/// that a client keeps exact values (a C# client generates <c>decimal</c>).</item>
/// </list>
/// </summary>
internal sealed class ClrNumberSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema inline)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type == typeof(uint))
        {
            inline.Format = "int64";
            inline.Minimum = "0";
            inline.Maximum = uint.MaxValue.ToString(CultureInfo.InvariantCulture);
        }
        else if (type == typeof(decimal))
        {
            inline.Format = "decimal";
        }
    }
}
