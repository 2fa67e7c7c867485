using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>The errors an endpoint can answer, declared by reference to the catalogue (ADR 0018).</summary>
public sealed class DeclaredErrors(IReadOnlyList<ApiError> errors)
{
    public IReadOnlyList<ApiError> Errors { get; } = errors;
}

public static class EndpointErrors
{
    /// <summary>
    /// Declares the catalogued errors this endpoint can answer, beyond those every operation can (401, 403 for role or scope,
    /// 429, 413, 400 <c>validation_failed</c>/<c>request.malformed</c>, 412 <c>precondition_failed</c>): the OpenAPI document
    /// lists them per status as the <c>code</c> enum of the problem, and writes the description's "Codes:" sentence from them.
    /// Call it once per endpoint; a second call adds to the first.
    /// </summary>
    public static TBuilder Errors<TBuilder>(this TBuilder builder, params ApiError[] errors)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(errors);
        builder.WithMetadata(new DeclaredErrors(errors));
        return builder;
    }

    /// <summary>A domain or application error with a note for one endpoint's description.</summary>
    public static ApiError Because(this DomainError error, string note) => ApiError.FromDomainError(error).Because(note);

    /// <summary>Every error an endpoint declared, in declaration order, each once.</summary>
    public static IReadOnlyList<ApiError> Of(IEnumerable<object> metadata) =>
        metadata.OfType<DeclaredErrors>().SelectMany(d => d.Errors).DistinctBy(e => e.Code).ToList();
}
