namespace ThiDua.Api.Http;

/// <summary>
/// Declares that a string query parameter takes the values of <typeparamref name="TEnum"/>, written as in JSON (see
/// <see cref="EnumNaming"/>) and parsed by <see cref="QueryEnum.Parse{T}"/> with the same type. The OpenAPI document
/// then types the parameter as that enum's schema (<c>OpenApi/QueryEnumOperationFilter</c>), so that generated clients
/// get the enum instead of a free string. A functional test checks every such parameter against the values the
/// endpoint actually accepts, and that no other query parameter is parsed as an enum.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueryEnumAttribute<TEnum> : Attribute, IQueryEnumMetadata
    where TEnum : struct, Enum
{
    public Type EnumType => typeof(TEnum);
}

/// <summary>The enum type of a query parameter, whatever the attribute's type argument.</summary>
public interface IQueryEnumMetadata
{
    Type EnumType { get; }
}
