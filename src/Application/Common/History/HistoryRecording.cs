using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Common.History;

/// <summary>
/// Historical record mode for one command (ADR 0014): decides who may enter history, builds the entry the aggregates
/// check, and keeps it for the audit trail, which marks every change the command saves as history with its date and
/// source. Scoped: one per request.
/// </summary>
public sealed class HistoryRecording(ICurrentUser user, AccessGuard access, HistoryAuditMark mark, TimeProvider clock)
{
    public static readonly DomainError RoleNotAllowed =
        DomainError.Forbidden(
            "history.role_not_allowed",
            "Chỉ quản trị viên hoặc Hội đồng Thi đua – Khen thưởng của cơ quan quyết định mới được ghi nhận dữ liệu lịch sử.",
            "Only an administrator or the deciding authority's council enters records as history.");

    /// <summary>
    /// For a live write (<paramref name="input"/> null): null. For a historical write: the caller must be an administrator,
    /// or a council whose authority covers <paramref name="authority"/> (the cluster's managing authority, the campaign's
    /// launching authority) — the authority that keeps and decides on these records. Unit officers and integration clients
    /// get 403 <c>history.role_not_allowed</c>; a council outside the authority, 403 <c>auth.outside_authority</c>. The date
    /// may not be in the future (422 <c>history.date_in_future</c>).
    /// </summary>
    public async Task<HistoricalEntry?> EnterAsync(HistoricalInput? input, UnitId authority, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return null;
        }

        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Council))
        {
            throw new ForbiddenException(
                RoleNotAllowed.WithMessage(
                "Chế độ ghi nhận lịch sử chỉ dành cho quản trị viên và Hội đồng Thi đua – Khen thưởng của cơ quan quyết định; đơn vị và ứng dụng tích hợp ghi nhận trực tiếp.",
                "Historical record mode is for administrators and the deciding authority's council; units and machine clients write live."));
        }

        await access.EnsureCanManageAsync(authority, cancellationToken);
        var entry = HistoricalEntry.Create(input.OccurredOn!.Value, input.SourceDocument!.ToReference(), user.Subject, clock.GetUtcNow());
        mark.Current = entry;
        return entry;
    }
}

/// <summary>
/// The historical entry of the command in progress, for the audit trail (set by <see cref="HistoryRecording"/>, read by
/// the unit of work when it writes the audit entries). Scoped, and free of dependencies so that the persistence context
/// can depend on it.
/// </summary>
public sealed class HistoryAuditMark
{
    private readonly Dictionary<Guid, HistoricalEntry> _byResource = [];

    /// <summary>The entry of the command in progress, when it is a historical write; null for a live write.</summary>
    public HistoricalEntry? Current { get; set; }

    /// <summary>
    /// Marks one aggregate's changes as history with its own date and source (an Excel import enters many past awards
    /// in one unit of work, each from its decision; ADR 0033), overriding <see cref="Current"/> for that aggregate.
    /// </summary>
    public void MarkResource(Guid resourceId, HistoricalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _byResource[resourceId] = entry;
    }

    /// <summary>The entry an aggregate's audit entry is marked with: its own (<see cref="MarkResource"/>), else <see cref="Current"/>.</summary>
    public HistoricalEntry? For(Guid resourceId) => _byResource.GetValueOrDefault(resourceId) ?? Current;

    /// <summary>Forgets the per-aggregate marks once their changes are written (an import's batch flush).</summary>
    public void ForgetResources() => _byResource.Clear();
}
