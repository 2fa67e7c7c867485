using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace ThiDua.Api.Http;

/// <summary>Parses enum query parameters written as in JSON (kebab-case, e.g. <c>sub-department</c>).</summary>
internal static class QueryEnum
{
    public static T? Parse<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
        throw new ValidationException([new ValidationFailure(parameter, $"Unknown value '{value}'. Allowed: {allowed}.")]);
    }
}
