using ThiDua.Domain.CampaignReports;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// The bounds the document declares where no validator or column gives a tighter one (ADR 0017, "Lint"). Each is
/// enforced or guaranteed by the code or the framework; none is a wish.
/// </summary>
internal static class ContractBounds
{
    /// <summary>A uuid as System.Text.Json reads and writes it (<c>D</c> format): exactly 36 characters.</summary>
    public const int UuidLength = 36;

    /// <summary>A date (<c>yyyy-MM-dd</c>): exactly 10 characters; System.Text.Json reads no other form.</summary>
    public const int DateLength = 10;

    /// <summary>
    /// The longest date-time System.Text.Json writes (round-trip format with seven fraction digits and an offset,
    /// <c>2026-12-04T06:38:00.1234567+07:00</c>): 33 characters. The API reads no date-time.
    /// </summary>
    public const int DateTimeMaxLength = 33;

    /// <summary>
    /// Any text the API returns is at most this long: every stored text column and every text constant of the domain
    /// is at most this (the longest are a campaign report's narrative and a final review's summary;
    /// <c>ContractBoundsTests</c> checks the EF model and the domain constants against it).
    /// </summary>
    public const int ResponseTextMaxLength = CampaignReport.NarrativeMaxLength;

    /// <summary>
    /// A response list that no rule bounds is still a .NET list: at most <see cref="Array.MaxLength"/> items. Pages are
    /// bounded by <c>limit</c> (<see cref="Application.Common.Paging.PageRequest.MaxLimit"/>).
    /// </summary>
    public static readonly int ResponseArrayMaxItems = Array.MaxLength;

    /// <summary>
    /// A request string that no validator bounds cannot exceed the request body: Kestrel refuses bodies over
    /// <c>Limits:MaxRequestBodyBytes</c> (413), and a JSON string of n characters takes at least n bytes.
    /// </summary>
    public static long RequestTextMaxLength(long maxBodyBytes) => maxBodyBytes;

    /// <summary>A request array needs at least two bytes per item (a value and a separator), within the brackets.</summary>
    public static long RequestArrayMaxItems(long maxBodyBytes) => (maxBodyBytes - 1) / 2;

    /// <summary>
    /// Kestrel's default request-line limit (8 KiB, <c>KestrelServerLimits.MaxRequestLineSize</c>): no path or query
    /// value can be longer.
    /// </summary>
    public const int RequestLineMaxLength = 8 * 1024;

    /// <summary>
    /// A problem's <c>detail</c> is cut to this length (ending with "…") before it is written: it can quote the request,
    /// e.g. an unknown field's name.
    /// </summary>
    public const int ProblemDetailMaxLength = 20000;

    /// <summary>Each message of a problem's <c>errors</c> is cut to this length, as the detail is.</summary>
    public const int ProblemMessageMaxLength = 2000;

    /// <summary>A problem's <c>errors</c> keeps at most this many messages per field.</summary>
    public const int ProblemMessagesPerField = 100;

    /// <summary>The text, or its first <paramref name="max"/> − 1 characters and "…".</summary>
    public static string? Cut(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>Kestrel's default limit on all request headers together (32 KiB, <c>MaxRequestHeadersTotalSize</c>).</summary>
    public const int RequestHeadersMaxLength = 32 * 1024;
}
