using System.Text.Json;

namespace ThiDua.Api.Http;

/// <summary>
/// How enum values are written on the wire, in bodies, query strings, messages and the OpenAPI document alike: one
/// naming policy, so that a value reads the same everywhere.
/// </summary>
public static class EnumNaming
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.CamelCase;
}
