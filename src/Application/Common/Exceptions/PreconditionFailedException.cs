using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> version is not the current one (HTTP 412).</summary>
public sealed class PreconditionFailedException(uint expected, uint actual)
    : Exception($"The resource has changed (version {actual}); the request was based on version {expected}. Read it again and retry.")
{
    public static readonly DomainError Error =
        DomainError.PreconditionFailed(
            "precondition_failed",
            "Dữ liệu đã được thay đổi so với phiên bản mà yêu cầu dựa vào. Vui lòng đọc lại và thử lại.",
            "The resource has changed since the version the request was based on. Read it again and retry.");

    public static string Code => Error.Code;

    public uint Expected { get; } = expected;

    public uint Actual { get; } = actual;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = new(
        $"Dữ liệu đã được thay đổi (phiên bản {actual}); yêu cầu dựa trên phiên bản {expected}. Vui lòng đọc lại và thử lại.",
        $"The resource has changed (version {actual}); the request was based on version {expected}. Read it again and retry.");
}
