using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> version is not the current one (HTTP 412).</summary>
public sealed class PreconditionFailedException(uint expected, uint actual)
    : Exception($"The resource has changed (version {actual}); the request was based on version {expected}. Read it again and retry.")
{
    public static readonly DomainError Error =
        DomainError.PreconditionFailed("precondition_failed", "The resource has changed since the version the request was based on. Read it again and retry.");

    public static string Code => Error.Code;

    public uint Expected { get; } = expected;

    public uint Actual { get; } = actual;
}
