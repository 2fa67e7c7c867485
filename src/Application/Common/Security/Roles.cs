namespace ThiDua.Application.Common.Security;

/// <summary>Values of the <c>role</c> claim (api-guidelines.md, Auth).</summary>
public static class Roles
{
    /// <summary>Everything.</summary>
    public const string Admin = "admin";

    /// <summary>The emulation office of a managing authority (unit_id): manages what lies under that unit.</summary>
    public const string Council = "council";

    /// <summary>Reads; acts only for its own unit (unit_id).</summary>
    public const string UnitOfficer = "unit-officer";

    /// <summary>A machine client (e.g. document-management software); what its scopes and unit_id allow.</summary>
    public const string Integration = "integration";

    public static readonly IReadOnlyList<string> All = [Admin, Council, UnitOfficer, Integration];
}

/// <summary>Values of the <c>scope</c> claim.</summary>
public static class Scopes
{
    public const string Read = "thidua.read";
    public const string Write = "thidua.write";
}
