using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>
/// A write conflicted with another one at save time (HTTP 409), e.g. <c>concurrency_conflict</c>. It carries a declared
/// <see cref="DomainError"/> (ADR 0018), with a specific message in both languages where one helps (ADR 0019).
/// </summary>
public sealed class ConflictException(DomainError error, Exception? innerException = null)
    : Exception(error.Message, innerException)
{
    public static readonly DomainError Concurrency =
        DomainError.Conflict(
            "concurrency_conflict",
            "Một yêu cầu khác đã thay đổi cùng dữ liệu này cùng lúc. Vui lòng đọc lại và thử lại.",
            "Another request changed the same data at the same time. Read it again and retry.");

    public static string ConcurrencyConflict => Concurrency.Code;

    public string Code { get; } = error.Code;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = error.Text;
}
