using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace ThiDua.Application.Common.Paging;

/// <summary>
/// The position after the last row of a page: the sort key and the row id (tie-breaker).
/// Encoded as base64url JSON; clients treat it as opaque.
/// </summary>
public sealed record KeysetCursor(string Key, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>A position keyed by an instant (e.g. creation time) and the row id.</summary>
    public static KeysetCursor At(DateTimeOffset instant, Guid id) => new(instant.ToString("O", CultureInfo.InvariantCulture), id);

    /// <summary>The key as the instant <see cref="At"/> wrote; a key that is not one sorts after everything.</summary>
    public DateTimeOffset KeyAsInstant() =>
        DateTimeOffset.TryParse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed.ToUniversalTime() : DateTimeOffset.MaxValue;

    /// <summary>Decodes a client cursor; a malformed one is an input error (HTTP 400 on <c>cursor</c>).</summary>
    public static KeysetCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var decoded = JsonSerializer.Deserialize<KeysetCursor>(Base64Url.DecodeFromChars(cursor));
            if (decoded is { Key: not null })
            {
                return decoded;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Fall through to the validation error below.
        }

        var message = new ThiDua.Domain.Common.LocalizedText(
            "Con trỏ phân trang (cursor) không hợp lệ. Hãy dùng giá trị nextCursor của trang trước.", "The cursor is not valid. Use the nextCursor of a previous page.");
        throw new ValidationException([new ValidationFailure("cursor", message.Current)]);
    }

    /// <summary>Builds the page from one row more than the limit, which tells whether a next page exists.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, KeysetCursor> positionOf)
    {
        ArgumentNullException.ThrowIfNull(rowsPlusOne);
        ArgumentNullException.ThrowIfNull(positionOf);
        if (rowsPlusOne.Count <= limit)
        {
            return new Page<T>(rowsPlusOne, null);
        }

        var items = rowsPlusOne.Take(limit).ToList();
        return new Page<T>(items, positionOf(items[^1]).Encode());
    }
}
