using System.Collections.Concurrent;
using System.Reflection;

namespace ThiDua.Api.Http;

/// <summary>
/// The answer of a write that declared its version (<see cref="ETags.TagAnswerWithVersion"/>) is written by <see
/// cref="TaggedJson"/>: its value serialised once into a pooled buffer, hashed for the <c>ETag</c> a read of the same
/// state gives, and the same bytes written (issue 13: "ETags without serialising the body twice"). The endpoint keeps
/// its typed result (<c>Ok&lt;T&gt;</c>, <c>Created&lt;T&gt;</c>, <c>Results&lt;…&gt;</c>), so the OpenAPI document
/// does not change; its status, its <c>Location</c> and its declared value type are kept. Added only to handlers that
/// take the <see cref="HttpContext"/>, the ones that can declare a version; reads pay nothing.
/// </summary>
internal static class VersionTaggedAnswers
{
    public static readonly object VersionKey = new();

    private static readonly ConcurrentDictionary<Type, (Type ValueType, PropertyInfo? Location)> Shapes = new();

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        context.MethodInfo.GetParameters().Any(p => p.ParameterType == typeof(HttpContext))
            ? invocation => TagAsync(invocation, next)
            : next;

    private static async ValueTask<object?> TagAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var result = await next(invocation);
        if (!invocation.HttpContext.Items.TryGetValue(VersionKey, out var declared) || declared is not uint version)
        {
            return result;
        }

        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is not (IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: { } status }))
        {
            // A declared version that no answer carries would be a write without its ETag: a programming error, not a
            // request's, and every endpoint's tests would show it.
            throw new InvalidOperationException(
                $"{invocation.HttpContext.GetEndpoint()?.DisplayName} declared its answer's version but answered {result?.GetType().Name ?? "nothing"}, which has no JSON value to tag.");
        }

        var (valueType, location) = Shapes.GetOrAdd(answer.GetType(), static type => (
            type.IsGenericType && type.GetGenericArguments() is [var argument] ? argument : typeof(object),
            type.GetProperty("Location", typeof(string))));
        return new TaggedAnswer(value, valueType == typeof(object) ? value.GetType() : valueType, version, status, location?.GetValue(answer) as string);
    }

    private sealed class TaggedAnswer(object value, Type type, uint version, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => TaggedJson.WriteAsync(httpContext, value, type, options: null, version, status, location);
    }
}
