using ThiDua.Domain.Common;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>Stable error codes of the award lookup.</summary>
public static class AwardLookupErrors
{
    public static readonly DomainError ExportTooLarge =
        DomainError.Rule(
            "award_lookup.export_too_large",
            "Kết quả tra cứu vượt quá số dòng tối đa của một tệp xuất; hãy thu hẹp điều kiện lọc (năm, đơn vị, loại hình khen thưởng).",
            "The lookup finds more awards than one export holds; narrow the filters (year, unit, award type).");
}
