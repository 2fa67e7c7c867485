using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The caller is authenticated but may not do this (HTTP 403). Its code is a declared <see cref="DomainError"/>.</summary>
public sealed class ForbiddenException(DomainError error, string message) : Exception(message)
{
    public string Code { get; } = error.Code;
}
