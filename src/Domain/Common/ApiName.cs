namespace ThiDua.Domain.Common;

/// <summary>
/// An enum value as the API writes it (camelCase, e.g. <c>openForSigning</c>), for messages: clients read the same
/// name in a message as in a body, never an integer (ADR 0019).
/// </summary>
public static class ApiName
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 || !char.IsLetter(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
