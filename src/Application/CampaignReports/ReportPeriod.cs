using System.Globalization;

namespace ThiDua.Application.CampaignReports;

/// <summary>What a report covers, as the API names it: <c>phase-1</c>, <c>phase-2</c>, ... or <c>final</c>.</summary>
public static class ReportPeriod
{
    public const string Final = "final";
    private const string PhasePrefix = "phase-";

    /// <summary>
    /// The names <see cref="Name"/> writes (phases 1 to 1000, as <see cref="TryParse"/> accepts them), for the API
    /// document's <c>pattern</c>. <see cref="TryParse"/> is more lenient (any case, leading zeros).
    /// </summary>
    public const string Pattern = "^(final|phase-([1-9][0-9]{0,2}|1000))$";

    public static string Name(int? phaseNumber) =>
        phaseNumber is { } n ? PhasePrefix + n.ToString(CultureInfo.InvariantCulture) : Final;

    /// <summary>Parses a period name: the phase number, or null for the final report; false when it is not a period.</summary>
    public static bool TryParse(string? value, out int? phaseNumber)
    {
        phaseNumber = null;
        if (string.Equals(value, Final, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value is not null
            && value.StartsWith(PhasePrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(value.AsSpan(PhasePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is > 0 and <= 1000)
        {
            phaseNumber = number;
            return true;
        }

        return false;
    }
}
