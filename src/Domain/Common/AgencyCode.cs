using System.Text.RegularExpressions;

namespace ThiDua.Domain.Common;

/// <summary>
/// The electronic identifier code of an agency or organisation (mã định danh điện tử của cơ quan, tổ chức) used to
/// exchange documents and data between agencies, e.g. <c>000.00.00.H41</c> or <c>000.00.04.G14</c>.
/// <para>
/// Legal basis: Decision 20/2020/QĐ-TTg of the Prime Minister (22/7/2020) on agencies' electronic identifier codes, and
/// Decree 30/2020/NĐ-CP, Appendix VI (the issuing agency's code, "OrganId", 13 characters, in a document's metadata).
/// What was verified: the code's shape of four groups separated by dots, 13 characters in all — three digits, two digits,
/// two digits (the level-4, level-3 and level-2 codes, <c>00</c>/<c>000</c> where the agency has no such level) and a
/// level-1 group of one upper-case letter and two digits (e.g. <c>G</c> for ministries, <c>H</c> for provinces) — against
/// codes published by e-office and public-service portals (<c>000.00.00.H41</c>, <c>000.00.04.G14</c>,
/// <c>000.00.00.G22</c>). Not verified against the decision's own text: its article numbers and the full list of level-1
/// letters, so any letter A–Z is accepted. The one place that validates these codes, for documents and units alike.
/// </para>
/// </summary>
public static partial class AgencyCode
{
    /// <summary>Decree 30/2020/NĐ-CP, Appendix VI: the OrganId is 13 characters.</summary>
    public const int Length = 13;

    /// <summary>The pattern as the API documents it.</summary>
    public const string Pattern = @"^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$";

    /// <summary>Trimmed and upper-cased: <c>000.00.00.h41</c> is stored as <c>000.00.00.H41</c>.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="code"/>, once normalised, has the shape of Decision 20/2020/QĐ-TTg.</summary>
    public static bool IsValid(string? code) => code is not null && Shape().IsMatch(Normalize(code));

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}
