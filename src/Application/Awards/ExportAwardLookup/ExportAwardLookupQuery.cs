using Mediator;
using ThiDua.Application.Awards.LookUpAwards;

namespace ThiDua.Application.Awards.ExportAwardLookup;

/// <summary>
/// The award lookup as a spreadsheet (.xlsx): the same filters, scope and shaping of personal data as the JSON lookup,
/// every matching award in one sheet, up to <see cref="MaxRows"/> rows (ADR 0032).
/// </summary>
public sealed record ExportAwardLookupQuery(AwardLookupFilter Filter) : IQuery<AwardLookupSpreadsheet>
{
    /// <summary>
    /// The most awards one export holds: a province's health sector confers a few thousand awards a year, so a year of
    /// one authority fits; more is refused (422 <c>award_lookup.export_too_large</c>) rather than cut short.
    /// </summary>
    public const int MaxRows = 5000;
}

/// <summary>A produced spreadsheet file.</summary>
public sealed record AwardLookupSpreadsheet(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
