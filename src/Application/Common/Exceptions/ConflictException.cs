using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>A write conflicted with another one at save time (HTTP 409), e.g. <c>concurrency_conflict</c>.</summary>
public sealed class ConflictException(DomainError error, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public static readonly DomainError Concurrency =
        DomainError.Conflict("concurrency_conflict", "Another request changed the same data at the same time. Read it again and retry.");

    public static string ConcurrencyConflict => Concurrency.Code;

    public string Code { get; } = error.Code;
}
