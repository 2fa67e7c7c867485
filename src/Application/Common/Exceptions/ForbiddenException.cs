using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>
/// The caller is authenticated but may not do this (HTTP 403). Its code is a declared <see cref="DomainError"/>
/// (ADR 0018), its message in Vietnamese and English (ADR 0019).
/// </summary>
public sealed class ForbiddenException(DomainError error) : Exception(error.Message)
{
    public string Code { get; } = error.Code;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = error.Text;
}
