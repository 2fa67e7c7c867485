using System.Globalization;
using ThiDua.Domain.Common;

namespace ThiDua.Application.DataImports;

/// <summary>What a sheet of the import workbook holds.</summary>
public enum ImportSheetKind
{
    /// <summary>Đơn vị.</summary>
    Units = 1,

    /// <summary>Cán bộ, công chức, viên chức với đơn vị công tác và chức vụ.</summary>
    People = 2,

    /// <summary>Xếp loại chất lượng hằng năm của cá nhân.</summary>
    PersonRatings = 3,

    /// <summary>Xếp loại mức độ hoàn thành nhiệm vụ hằng năm của tập thể (đơn vị), do cấp trên đánh giá.</summary>
    UnitRatings = 4,

    /// <summary>Khen thưởng đã có (quá trình khen thưởng) của cá nhân và tập thể, theo quyết định.</summary>
    Awards = 5,
}

/// <summary>A column of an import sheet: its key (what the importer reads), its Vietnamese header, and its format in words.</summary>
public sealed record ImportColumn(string Key, string Header, bool Required, LocalizedText Format);

/// <summary>A sheet of the import workbook: its name, and its columns in template order.</summary>
public sealed record ImportSheet(ImportSheetKind Kind, string Name, IReadOnlyList<ImportColumn> Columns)
{
    public ImportColumn Column(string key) => Columns.Single(c => c.Key == key);
}

/// <summary>
/// The one definition of the import workbook (ADR 0033): the template download is written from it and the importer
/// reads by it, so the two cannot drift. Row 1 of each sheet holds the headers (matched by text, in any order, ignoring
/// case and the required mark); data starts on row 2; blank rows are skipped. Sheets are imported in this order, so
/// people can name units of the same file and ratings people of the same file.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "mau-nhap-du-lieu-thi-dua.xlsx";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The sheet of instructions in the template; the importer ignores it.</summary>
    public const string GuideSheetName = "Huong dan";

    /// <summary>Marks a required column's header in the template; the importer ignores it when matching headers.</summary>
    public const string RequiredMark = " (*)";

    public static readonly ImportSheet Units = new(ImportSheetKind.Units, "Don vi", [
        new(UnitColumns.Code, "Mã đơn vị", true, new("Chữ, số, dấu gạch; duy nhất trong hệ thống.", "Letters, digits, dashes; unique in the system.")),
        new(UnitColumns.Name, "Tên đơn vị", true, new("Tên đầy đủ.", "Full name.")),
        new(UnitColumns.ShortName, "Tên viết tắt", false, new("Không bắt buộc.", "Optional.")),
        new(UnitColumns.Kind, "Loại đơn vị", true, new("Sở, Bệnh viện, Trung tâm, Chi cục, Trường hoặc Khác.", "Sở, Bệnh viện, Trung tâm, Chi cục, Trường or Khác.")),
        new(UnitColumns.ParentCode, "Mã đơn vị cấp trên", false, new("Mã một đơn vị đã có hoặc ở dòng trước của trang này; để trống chỉ với đơn vị cấp cao nhất (quản trị viên).", "The code of an existing unit or of an earlier row of this sheet; empty only for a top-level unit (administrators).")),
        new(UnitColumns.Province, "Tỉnh/thành phố", true, new("Tên tỉnh, thành phố trực thuộc Trung ương.", "The province's name.")),
        new(UnitColumns.ValidFrom, "Hoạt động từ ngày", false, new("Ngày dạng dd/mm/yyyy; để trống là hôm nay.", "A date as dd/mm/yyyy; empty means today.")),
        new(UnitColumns.AgencyCode, "Mã định danh điện tử", false, new("Mã định danh của cơ quan theo QCVN 102:2016/BTTTT.", "The agency's electronic identifier (QCVN 102:2016/BTTTT).")),
    ]);

    public static readonly ImportSheet People = new(ImportSheetKind.People, "Can bo", [
        new(PersonColumns.FullName, "Họ và tên", true, new("Họ và tên đầy đủ.", "Full name.")),
        new(PersonColumns.Gender, "Giới tính", true, new("Nam hoặc Nữ.", "Nam or Nữ.")),
        new(PersonColumns.BirthDate, "Ngày sinh", false, new("Ngày dạng dd/mm/yyyy.", "A date as dd/mm/yyyy.")),
        new(PersonColumns.CitizenId, "Số CCCD", false, new("12 chữ số; nhập dạng văn bản để giữ số 0 đầu.", "12 digits; enter as text to keep leading zeros.")),
        new(PersonColumns.CivilServantCode, "Mã số CBCCVC", false, new("Tối đa 30 ký tự.", "At most 30 characters.")),
        new(PersonColumns.UnitCode, "Mã đơn vị", true, new("Mã một đơn vị đã có hoặc ở trang đơn vị của tệp.", "The code of an existing unit or of the file's units sheet.")),
        new(PersonColumns.Position, "Chức vụ", true, new("Chức vụ, chức danh khi bắt đầu công tác.", "The position on starting work.")),
        new(PersonColumns.EmployedFrom, "Ngày bắt đầu công tác", true, new("Ngày dạng dd/mm/yyyy.", "A date as dd/mm/yyyy.")),
    ]);

    public static readonly ImportSheet PersonRatings = new(ImportSheetKind.PersonRatings, "Xep loai", [
        new(RatingColumns.CitizenId, "Số CCCD", false, new("Số CCCD hoặc mã số CBCCVC của cá nhân (một trong hai).", "The person's citizen id or civil-servant code (one of the two).")),
        new(RatingColumns.CivilServantCode, "Mã số CBCCVC", false, new("Số CCCD hoặc mã số CBCCVC của cá nhân (một trong hai).", "The person's citizen id or civil-servant code (one of the two).")),
        new(RatingColumns.Year, "Năm", true, new("Năm, ví dụ 2024.", "A year, e.g. 2024.")),
        new(RatingColumns.Rating, "Xếp loại", true, new("Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ (Nghị định 90/2020/NĐ-CP, Điều 2).", "One of the four levels of Decree 90/2020/NĐ-CP, Article 2.")),
    ]);

    /// <summary>
    /// Yearly ratings of collectives: the same four levels as a person's, recorded by the unit's superior as the
    /// single-record command <c>RecordUnitRatingCommand</c> does (<c>PUT /units/{id}/ratings</c>).
    /// </summary>
    public static readonly ImportSheet UnitRatings = new(ImportSheetKind.UnitRatings, "Xep loai don vi", [
        new(UnitRatingColumns.UnitCode, "Mã đơn vị", true, new("Mã một đơn vị đã có hoặc ở trang đơn vị của tệp.", "The code of an existing unit or of the file's units sheet.")),
        new(UnitRatingColumns.Year, "Năm", true, new("Năm, ví dụ 2024.", "A year, e.g. 2024.")),
        new(UnitRatingColumns.Rating, "Xếp loại", true, new("Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ.", "Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ or Không hoàn thành nhiệm vụ.")),
        new(UnitRatingColumns.DocumentNumber, "Số văn bản đánh giá", false, new("Số/ký hiệu văn bản đánh giá của cấp trên, ví dụ 45/QĐ-SYT; có số thì phải có ngày.", "The superior's assessment document as number/symbol, e.g. 45/QĐ-SYT; a number needs its date.")),
        new(UnitRatingColumns.DocumentDate, "Ngày văn bản", false, new("Ngày dạng dd/mm/yyyy; chỉ khi có số văn bản.", "A date as dd/mm/yyyy; only with a document number.")),
        new(UnitRatingColumns.DocumentIssuer, "Cơ quan ban hành văn bản", false, new("Tên cơ quan ban hành văn bản đánh giá.", "The issuing agency of the assessment document.")),
    ]);

    /// <summary>
    /// Award history: past awards of people (named by citizen id, civil-servant code, or the row of the staff sheet of
    /// the same file) and of collectives (by unit code), each entered as <c>ImportPersonAwardCommand</c> /
    /// <c>ImportUnitAwardCommand</c> enter one: from its decision, as history, without certificate numbers (ADR 0033).
    /// </summary>
    public static readonly ImportSheet Awards = new(ImportSheetKind.Awards, "Khen thuong", [
        new(AwardColumns.CitizenId, "Số CCCD", false, new("Cá nhân: số CCCD, mã số CBCCVC hoặc dòng ở trang Can bo (một trong ba); để trống với tập thể.", "A person: citizen id, civil-servant code or row of the Can bo sheet (one of the three); empty for a collective.")),
        new(AwardColumns.CivilServantCode, "Mã số CBCCVC", false, new("Cá nhân: số CCCD, mã số CBCCVC hoặc dòng ở trang Can bo (một trong ba); để trống với tập thể.", "A person: citizen id, civil-servant code or row of the Can bo sheet (one of the three); empty for a collective.")),
        new(AwardColumns.PersonRow, "Dòng ở trang Can bo", false, new("Số dòng của cá nhân ở trang Can bo của cùng tệp (cho người chưa có số CCCD, mã số CBCCVC).", "The person's row number on the Can bo sheet of the same file (for people without citizen id or civil-servant code).")),
        new(AwardColumns.UnitCode, "Mã đơn vị được khen (tập thể)", false, new("Tập thể: mã một đơn vị đã có hoặc ở trang đơn vị của tệp; để trống với cá nhân.", "A collective: the code of an existing unit or of the file's units sheet; empty for a person.")),
        new(AwardColumns.AwardType, "Hình thức khen thưởng", true, new("Mã hoặc tên trong danh mục, ví dụ CSTDCS hoặc Chiến sĩ thi đua cơ sở, Giấy khen; loại hình riêng của tỉnh ghi bằng mã.", "A catalogue code or name, e.g. CSTDCS or Chiến sĩ thi đua cơ sở, Giấy khen; a province's own type by its code.")),
        new(AwardColumns.Year, "Năm", true, new("Năm của thành tích, ví dụ 2023.", "The year of the achievement, e.g. 2023.")),
        new(AwardColumns.CommendationType, "Loại hình", true, new("Công trạng, Chuyên đề, Đột xuất, Quá trình cống hiến hoặc Đối ngoại (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 8).", "Công trạng, Chuyên đề, Đột xuất, Quá trình cống hiến or Đối ngoại (Law 06/2022/QH15, Article 8).")),
        new(AwardColumns.DecisionNumber, "Số quyết định", true, new("Số/ký hiệu, ví dụ 45/QĐ-UBND.", "Number/symbol, e.g. 45/QĐ-UBND.")),
        new(AwardColumns.DecisionDate, "Ngày quyết định", true, new("Ngày dạng dd/mm/yyyy, không sau hôm nay và không trước năm của thành tích.", "A date as dd/mm/yyyy, not after today and not before the achievement's year.")),
        new(AwardColumns.Issuer, "Cơ quan ban hành", false, new("Tên cơ quan, người có thẩm quyền ban hành quyết định.", "The authority that issued the decision.")),
    ]);

    /// <summary>Every sheet, in import order: units, then the people at them, then what refers to both.</summary>
    public static readonly IReadOnlyList<ImportSheet> Sheets = [Units, People, PersonRatings, UnitRatings, Awards];

    /// <summary>The header as written in the template (required columns marked).</summary>
    public static string TemplateHeader(ImportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Required ? column.Header + RequiredMark : column.Header;
    }

    /// <summary>A header cell's text as matched: trimmed, without the required mark, ignoring case.</summary>
    public static string HeaderKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.EndsWith("(*)", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^3].TrimEnd();
        }

        return trimmed.TrimEnd('*').Trim().ToLower(CultureInfo.GetCultureInfo("vi-VN")).Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The column letter (A, B, …, Z, AA, …) of a zero-based index.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>Column keys of the units sheet.</summary>
public static class UnitColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string ShortName = "shortName";
    public const string Kind = "kind";
    public const string ParentCode = "parentCode";
    public const string Province = "province";
    public const string ValidFrom = "validFrom";
    public const string AgencyCode = "agencyCode";
}

/// <summary>Column keys of the staff sheet.</summary>
public static class PersonColumns
{
    public const string FullName = "fullName";
    public const string Gender = "gender";
    public const string BirthDate = "birthDate";
    public const string CitizenId = "citizenId";
    public const string CivilServantCode = "civilServantCode";
    public const string UnitCode = "unitCode";
    public const string Position = "position";
    public const string EmployedFrom = "employedFrom";
}

/// <summary>Column keys of the ratings sheet.</summary>
public static class RatingColumns
{
    public const string CitizenId = "citizenId";
    public const string CivilServantCode = "civilServantCode";
    public const string Year = "year";
    public const string Rating = "rating";
}

/// <summary>Column keys of the collectives' ratings sheet.</summary>
public static class UnitRatingColumns
{
    public const string UnitCode = "unitCode";
    public const string Year = "year";
    public const string Rating = "rating";
    public const string DocumentNumber = "documentNumber";
    public const string DocumentDate = "documentDate";
    public const string DocumentIssuer = "documentIssuer";
}

/// <summary>Column keys of the award history sheet.</summary>
public static class AwardColumns
{
    public const string CitizenId = "citizenId";
    public const string CivilServantCode = "civilServantCode";
    public const string PersonRow = "personRow";
    public const string UnitCode = "unitCode";
    public const string AwardType = "awardType";
    public const string Year = "year";
    public const string CommendationType = "commendationType";
    public const string DecisionNumber = "decisionNumber";
    public const string DecisionDate = "decisionDate";
    public const string Issuer = "issuer";
}
