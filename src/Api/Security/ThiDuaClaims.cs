namespace ThiDua.Api.Security;

/// <summary>Claim types of ThiDua tokens (api-guidelines.md, Auth). Inbound claim mapping is off, so these are the JWT names.</summary>
public static class ThiDuaClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string UnitId = "unit_id";
    public const string Scope = "scope";
}
