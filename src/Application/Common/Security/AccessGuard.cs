using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Common.Security;

/// <summary>
/// Resource-level authorization that needs data (the unit hierarchy). Endpoint policies have already checked
/// the role and scope; this decides whether the caller may act on a particular unit.
/// <list type="bullet">
/// <item><c>admin</c>: any unit.</item>
/// <item><c>council</c> and <c>integration</c>: units under their managing authority (their <c>unit_id</c> or its descendants).</item>
/// <item><c>unit-officer</c>: only its own unit, where the use case allows unit officers at all.</item>
/// </list>
/// </summary>
public sealed class AccessGuard(ICurrentUser user, IUnitRepository units, IIntegrationClients integrationClients)
{
    public static readonly DomainError OutsideAuthority =
        DomainError.Forbidden("auth.outside_authority", "Đơn vị không thuộc quyền quản lý của cơ quan thực hiện yêu cầu.", "The unit is not under the caller's managing authority.");

    public static readonly DomainError OtherUnit =
        DomainError.Forbidden("auth.other_unit", "Cán bộ đơn vị chỉ được thực hiện thao tác cho đơn vị của mình.", "A unit officer may act only for their own unit.");

    public static readonly DomainError RoleNotAllowed =
        DomainError.Forbidden("auth.role_not_allowed", "Vai trò của người dùng không được phép thực hiện thao tác này.", "The caller's role may not do this.");

    private bool _authorityResolved;
    private UnitId? _configuredAuthority;
    private readonly Dictionary<UnitId, bool> _personalDataVisible = [];

    /// <summary>Management actions (create, reorganise, group): admin, or council/integration over the unit.</summary>
    public async Task EnsureCanManageAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return;
        }

        if (user.IsInRole(Roles.Council) || user.IsInRole(Roles.Integration))
        {
            await EnsureWithinAuthorityAsync(unitId, cancellationToken);
            return;
        }

        throw new ForbiddenException(RoleNotAllowed.WithMessage("Chỉ quản trị viên hoặc Hội đồng Thi đua – Khen thưởng của cơ quan quản lý mới được thực hiện thao tác này.", "Only an administrator or the managing authority's council may do this."));
    }

    /// <summary>
    /// Reorganising a unit (merge, rename, transfer, dissolve): admin, or council/integration of an authority strictly
    /// above the unit. A council does not reorganise its own managing authority.
    /// </summary>
    public Task EnsureCanReorganiseAsync(UnitId unitId, CancellationToken cancellationToken) =>
        EnsureAuthorityAboveAsync(unitId, "Hội đồng Thi đua – Khen thưởng không được sắp xếp lại tổ chức của chính cơ quan quản lý mình; việc này do cơ quan cấp trên thực hiện.", "A council cannot reorganise its own managing authority; the authority above it does.", cancellationToken);

    /// <summary>
    /// Judging a unit — rating its collective performance, reviewing, voting on and deciding its nomination dossiers,
    /// revoking what was decided on them: admin, or council/integration of an authority strictly above the unit. No
    /// authority judges itself; its own dossiers go to the authority above it.
    /// </summary>
    public Task EnsureCanJudgeAsync(UnitId unitId, CancellationToken cancellationToken) =>
        EnsureAuthorityAboveAsync(unitId, "Hội đồng Thi đua – Khen thưởng không xét đơn vị của chính mình; việc này do cơ quan cấp trên thực hiện.", "A council does not judge its own unit; the authority above it does.", cancellationToken);

    /// <summary>
    /// Personal data (CCCD, birth dates, ratings, disciplinary records) is returned only to an admin, a council over the
    /// person's unit, or that unit's own officer (api-guidelines, "Personal data"); integration clients are not among them.
    /// </summary>
    public async Task EnsureMaySeePersonalDataAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Council) && !user.IsInRole(Roles.UnitOfficer))
        {
            throw new ForbiddenException(RoleNotAllowed.WithMessage("Dữ liệu cá nhân chỉ hiển thị cho quản trị viên, Hội đồng Thi đua – Khen thưởng quản lý đơn vị hoặc cán bộ của chính đơn vị.", "Personal data is shown only to an administrator, the council over the unit or the unit's own officer."));
        }

        await EnsureCanActForAsync(unitId, cancellationToken);
    }

    /// <summary>
    /// Whether the caller may see personal data of the unit's staff (see <see cref="EnsureMaySeePersonalDataAsync"/>).
    /// Answered once per unit and request (the guard is scoped): a 200-line dossier names a handful of units, and every
    /// per-line shaping asks again.
    /// </summary>
    public async Task<bool> MaySeePersonalDataAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        if (!_personalDataVisible.TryGetValue(unitId, out var visible))
        {
            visible = await SucceedsAsync(() => EnsureMaySeePersonalDataAsync(unitId, cancellationToken));
            _personalDataVisible[unitId] = visible;
        }

        return visible;
    }

    /// <summary>
    /// <see cref="MaySeePersonalDataAsync(UnitId, CancellationToken)"/> for many units in one statement (a dossier's
    /// lines name up to hundreds of units): a council's answers for the units not yet asked are read as a set (the units
    /// below its authority among them), then each unit is answered as the single check would answer it.
    /// </summary>
    public async Task<IReadOnlyDictionary<UnitId, bool>> MaySeePersonalDataOfAsync(IEnumerable<UnitId> unitIds, CancellationToken cancellationToken)
    {
        var wanted = unitIds.Distinct().ToList();
        var unknown = wanted.Where(u => !_personalDataVisible.ContainsKey(u)).ToList();
        if (unknown.Count > 1 && !user.IsInRole(Roles.Admin) && user.IsInRole(Roles.Council) && await AuthorityAsync(cancellationToken) is { } authority)
        {
            // The same answer as EnsureMaySeePersonalDataAsync → EnsureCanManageAsync → EnsureWithinAuthorityAsync: the
            // authority itself or a unit below it.
            var below = await units.FindDescendantsAmongAsync(authority, unknown, cancellationToken);
            foreach (var unitId in unknown)
            {
                _personalDataVisible[unitId] = unitId == authority || below.Contains(unitId);
            }
        }

        var visible = new Dictionary<UnitId, bool>(wanted.Count);
        foreach (var unitId in wanted)
        {
            visible[unitId] = await MaySeePersonalDataAsync(unitId, cancellationToken);
        }

        return visible;
    }

    /// <summary>Whether the caller acts only as a unit officer (no admin or council role).</summary>
    public bool IsOnlyUnitOfficer => user.IsInRole(Roles.UnitOfficer) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Council);

    /// <summary>Actions a unit may take for itself: its own unit officer, or whoever may manage the unit.</summary>
    public async Task EnsureCanActForAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        if (IsOnlyUnitOfficer)
        {
            if (user.UnitId != unitId)
            {
                throw new ForbiddenException(OtherUnit.WithMessage("Cán bộ đơn vị chỉ được thực hiện thao tác cho đơn vị của mình.", "A unit officer may act only for their own unit."));
            }

            return;
        }

        await EnsureCanManageAsync(unitId, cancellationToken);
    }

    /// <summary>
    /// The units whose records the caller may read in a list, the same as the item reads that check
    /// <see cref="EnsureCanActForAsync"/> (issue 15 item 2: a list never shows what the item read refuses): every unit for
    /// an admin, the subtree of the authority for a council or an integration client, the own unit for a unit officer.
    /// </summary>
    public async Task<ReadableUnits> ReadableUnitsAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return ReadableUnits.Every;
        }

        if (IsOnlyUnitOfficer)
        {
            return user.UnitId is { } own
                ? new ReadableUnits(own, IncludesDescendants: false)
                : throw new ForbiddenException(OtherUnit.WithMessage("Mã thông báo (token) không nêu đơn vị (unit_id) của cán bộ.", "The token names no unit (unit_id) for the unit officer."));
        }

        if (user.IsInRole(Roles.Council) || user.IsInRole(Roles.Integration))
        {
            if (await AuthorityAsync(cancellationToken) is { } authority)
            {
                return new ReadableUnits(authority, IncludesDescendants: true);
            }

            // No authority: refused as every item read would be.
            await EnsureWithinAuthorityAsync(default, cancellationToken);
        }

        throw new ForbiddenException(RoleNotAllowed);
    }

    /// <summary>Whether the caller may act for the unit (see <see cref="EnsureCanActForAsync"/>), without throwing.</summary>
    public Task<bool> CanActForAsync(UnitId unitId, CancellationToken cancellationToken) =>
        SucceedsAsync(() => EnsureCanActForAsync(unitId, cancellationToken));

    private static async Task<bool> SucceedsAsync(Func<Task> check)
    {
        try
        {
            await check();
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }

    private async Task EnsureAuthorityAboveAsync(UnitId unitId, string ownUnitMessageVi, string ownUnitMessage, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return;
        }

        if ((user.IsInRole(Roles.Council) || user.IsInRole(Roles.Integration)) && await AuthorityAsync(cancellationToken) == unitId)
        {
            throw new ForbiddenException(OutsideAuthority.WithMessage(ownUnitMessageVi, ownUnitMessage));
        }

        await EnsureCanManageAsync(unitId, cancellationToken);
    }

    /// <summary>The managing authority the caller acts for (see <see cref="AuthorityAsync"/>), or null when it names none.</summary>
    public Task<UnitId?> CallerAuthorityAsync(CancellationToken cancellationToken) => AuthorityAsync(cancellationToken);

    /// <summary>
    /// The managing authority the caller acts for: the token's <c>unit_id</c>; for an integration client without one,
    /// the authority configured for its subject (<see cref="IIntegrationClients"/>).
    /// </summary>
    private async Task<UnitId?> AuthorityAsync(CancellationToken cancellationToken)
    {
        if (user.UnitId is { } unitId)
        {
            return unitId;
        }

        if (!_authorityResolved)
        {
            _authorityResolved = true;
            if (user.IsInRole(Roles.Integration) && integrationClients.AuthorityUnitCodeOf(user.Subject) is { } code)
            {
                _configuredAuthority = await units.FindIdByCodeAsync(code, cancellationToken);
            }
        }

        return _configuredAuthority;
    }

    private async Task EnsureWithinAuthorityAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        if (await AuthorityAsync(cancellationToken) is not { } authority)
        {
            throw user.IsInRole(Roles.Integration)
                ? new ForbiddenException(
                    OutsideAuthority.WithMessage(
                    "Mã thông báo (token) không nêu đơn vị (unit_id) và chưa cấu hình cơ quan quản lý cho ứng dụng tích hợp này (Integration:Clients).",
                    "The token names no unit (unit_id), and no authority is configured for this integration client (Integration:Clients)."))
                : new ForbiddenException(
                    OutsideAuthority.WithMessage(
                    "Mã thông báo (token) không nêu đơn vị (unit_id) nên không quản lý đơn vị nào.",
                    "The token names no unit (unit_id), so it manages none."));
        }

        if (authority == unitId)
        {
            return;
        }

        var ancestors = await units.GetAncestorIdsAsync(unitId, cancellationToken);
        if (!ancestors.Contains(authority))
        {
            throw new ForbiddenException(OutsideAuthority.WithMessage("Đơn vị không thuộc quyền quản lý của cơ quan thực hiện yêu cầu.", "The unit is not under the caller's managing authority."));
        }
    }
}

/// <summary>
/// The units whose records a caller may read: every unit (<see cref="Every"/>, <see cref="Root"/> null), or
/// <see cref="Root"/> with, when <see cref="IncludesDescendants"/>, every unit below it.
/// </summary>
public sealed record ReadableUnits(UnitId? Root, bool IncludesDescendants)
{
    public static readonly ReadableUnits Every = new(null, true);
}
