namespace ThiDua.Api.Http;

/// <summary>
/// Declares the shape of a string query parameter that is not an enum (e.g. a report period, <c>phase-2</c> or
/// <c>final</c>), from the constant its parser is tested against; the OpenAPI document writes it as the parameter's
/// <c>pattern</c> (<c>OpenApi/QueryEnumOperationFilter</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueryPatternAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}
