using ThiDua.Application.Awards.LookUpAwards;

namespace ThiDua.Application.Awards.ExportAwardLookup;

/// <summary>Writes found awards as an .xlsx workbook (implemented in Infrastructure with the Open XML SDK).</summary>
public interface IAwardLookupSpreadsheetWriter
{
    /// <param name="awards">The awards, already shaped for the caller (<see cref="AwardLookupView"/>).</param>
    /// <param name="filter">The filters, described above the table.</param>
    /// <param name="producedAt">When the export was produced (Vietnam time is shown).</param>
    byte[] Write(IReadOnlyList<AwardLookupItemDto> awards, AwardLookupFilter filter, DateTimeOffset producedAt);
}
