using FluentValidation;
using FluentValidation.Results;

namespace ThiDua.Api.Http;

/// <summary>Parses enum query parameters written as in JSON (see <see cref="EnumNaming"/>).</summary>
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
            if (string.Equals(EnumNaming.Policy.ConvertName(candidate.ToString()), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(v => EnumNaming.Policy.ConvertName(v.ToString())));
        var message = new ThiDua.Domain.Common.LocalizedText(
            $"Giá trị '{value}' không hợp lệ. Các giá trị được chấp nhận: {allowed}.", $"Unknown value '{value}'. Allowed: {allowed}.");
        throw new ValidationException([new ValidationFailure(parameter, message.Current)]);
    }
}
