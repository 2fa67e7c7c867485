namespace ThiDua.Application.Common.Exceptions;

/// <summary>A write conflicted with another one at save time (HTTP 409), e.g. <c>concurrency_conflict</c>.</summary>
public sealed class ConflictException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public const string ConcurrencyConflict = "concurrency_conflict";

    public string Code { get; } = code;
}
