using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Api.Security;

/// <summary>The identity of command-line processes (the demo-data loader): an administrator named in the audit log.</summary>
internal sealed class SystemUser(string subject) : ICurrentUser
{
    public string Subject { get; } = subject;

    public string? DisplayName => "ThiDua system process";

    public UnitId? UnitId => null;

    public bool IsInRole(string role) => role == Roles.Admin;
}
