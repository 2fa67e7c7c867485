using ThiDua.Domain.Common;

namespace ThiDua.Domain.Statistics;

/// <summary>Stable error codes of statistical reports (ADR 0034).</summary>
public static class StatisticsErrors
{
    public static readonly DomainError FormNotFound =
        DomainError.NotFound("statistics.form_not_found", "Không có biểu mẫu báo cáo thống kê với mã này.", "No statistical report form has this code.");

    public static readonly DomainError NoFormForPeriod =
        DomainError.Rule("statistics.no_form_for_period", "Biểu mẫu không có định nghĩa áp dụng cho kỳ báo cáo của năm này.", "The form has no definition applying to this year's report period.");

    public static readonly DomainError AuthorityRequired =
        DomainError.Rule("statistics.authority_required", "Báo cáo thống kê được lập theo từng cơ quan: cần nêu cơ quan báo cáo (authority).", "A statistical report is made per authority: name the reporting authority (authority).");

    public static readonly DomainError DuplicateApparatusEntry =
        DomainError.Rule("statistics.duplicate_apparatus_entry", "Sổ đăng ký bộ máy thi đua, khen thưởng có hai dòng cùng mã.", "The TĐKT apparatus register lists two entries with the same reference.");

    public static readonly DomainError RegisterNotFound =
        DomainError.NotFound("statistics.register_not_found", "Cơ quan chưa khai báo sổ đăng ký bộ máy thi đua, khen thưởng cho năm này.", "The authority has declared no TĐKT apparatus register for this year.");

    public static readonly DomainError RegisterNotDeclared =
        DomainError.Rule("statistics.register_not_declared", "Biểu 0604, 0605 được lập từ sổ đăng ký bộ máy thi đua, khen thưởng: cơ quan cần khai báo sổ cho năm báo cáo trước (PUT /api/v1/statistics/apparatus/{authorityId}/{year}).", "Forms 0604 and 0605 are made from the TĐKT apparatus register: declare it for the report year first (PUT /api/v1/statistics/apparatus/{authorityId}/{year}).");

    public static readonly DomainError CategoryMismatch =
        DomainError.Rule("statistics.category_mismatch", "Đối tượng thống kê không phù hợp với khen thưởng (tập thể, hộ gia đình, doanh nghiệp cho khen thưởng tập thể; nhóm chức vụ cho khen thưởng cá nhân).", "The statistics category does not fit the award (collective, household, enterprise for a collective award; a position group for a person's).");

    public static readonly DomainError MethodMismatch =
        DomainError.Rule("statistics.method_mismatch", "Loại hình thống kê phải là loại hình của khen thưởng, hoặc niên hạn, kháng chiến cho khen thưởng công trạng, cống hiến.", "The statistics method must be the award's commendation type, or seniority or resistance for a merit or long-service award.");
}
