using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (HTTP 404). Its code is one of <see cref="NotFoundErrors"/>.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, object key)
        : base($"{resource} '{key}' was not found.")
    {
        Code = NotFoundErrors.For(resource).Code;
    }

    public NotFoundException(DomainError error, string message)
        : base(message) => Code = error.Code;

    public string Code { get; }
}
