using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>A write conflicted with another one at save time (HTTP 409), e.g. <c>concurrency_conflict</c>.</summary>
public sealed class ConflictException(string code, string vi, string en, Exception? innerException = null)
    : Exception(en, innerException)
{
    public const string ConcurrencyConflict = "concurrency_conflict";

    public string Code { get; } = code;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = new(vi, en);
}
