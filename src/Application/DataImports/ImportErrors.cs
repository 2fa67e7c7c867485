using ThiDua.Domain.Common;

namespace ThiDua.Application.DataImports;

/// <summary>
/// Stable error codes of Excel imports (ADR 0033): of the file as a whole (answered to <c>POST /imports</c>) and of its
/// cells (listed in the import's <c>errors</c>). No message carries a cell's value, so personal data never reaches them.
/// </summary>
public static class ImportErrors
{
    public static readonly DomainError NotXlsx =
        DomainError.Rule("import.not_xlsx", "Tệp tải lên không phải bảng tính Excel (.xlsx) đọc được.", "The uploaded file is not a readable Excel workbook (.xlsx).");

    public static readonly DomainError MissingSheet =
        DomainError.Rule("import.missing_sheet", "Bảng tính thiếu trang bắt buộc của mẫu nhập liệu.", "The workbook lacks a sheet the import template requires.");

    public static readonly DomainError MissingHeader =
        DomainError.Rule("import.missing_header", "Trang thiếu cột bắt buộc của mẫu nhập liệu ở dòng tiêu đề.", "A sheet lacks a column the import template requires in its header row.");

    public static readonly DomainError EmptyFile =
        DomainError.Rule("import.empty_file", "Bảng tính không có dòng dữ liệu nào để nhập.", "The workbook has no data row to import.");

    public static readonly DomainError TooManyRows =
        DomainError.Rule("import.too_many_rows", "Bảng tính có nhiều dòng hơn mức cho phép của một lần nhập (Imports:MaxRows).", "The workbook has more rows than one import allows (Imports:MaxRows).");

    public static readonly DomainError Required =
        DomainError.Rule("import.cell_required", "Ô bắt buộc nhưng để trống.", "The cell is required but empty.");

    public static readonly DomainError Invalid =
        DomainError.Rule("import.cell_invalid", "Giá trị của ô không đúng định dạng của cột.", "The cell's value does not have the column's format.");

    public static readonly DomainError DuplicateInFile =
        DomainError.Rule("import.duplicate_in_file", "Giá trị này đã xuất hiện ở một dòng trước trong cùng tệp.", "This value already appears on an earlier row of the same file.");

    public static readonly DomainError UnitUnknown =
        DomainError.Rule("import.unit_unknown", "Không có đơn vị mang mã này trong hệ thống hay ở trang đơn vị của tệp.", "No unit has this code, in the system or on the file's units sheet.");

    public static readonly DomainError PersonUnknown =
        DomainError.Rule("import.person_unknown", "Không có cá nhân mang số định danh này trong hệ thống hay ở trang cán bộ của tệp.", "No person has this identifier, in the system or on the file's staff sheet.");

    public static readonly DomainError UnitConflict =
        DomainError.Conflict("import.unit_conflict", "Mã đơn vị đã có trong hệ thống với tên, loại hoặc đơn vị cấp trên khác dòng này.", "The unit code exists with another name, kind or parent than this row's.");

    public static readonly DomainError PersonConflict =
        DomainError.Conflict("import.person_conflict", "Số định danh đã thuộc về một cá nhân khác họ tên hoặc đơn vị công tác với dòng này.", "The identifier belongs to a person whose name or current unit differs from this row's.");

    public static readonly DomainError RatingConflict =
        DomainError.Conflict("import.rating_conflict", "Cá nhân đã có xếp loại khác cho năm này; sửa xếp loại bằng chức năng ghi nhận xếp loại, không bằng nhập tệp.", "The person already has another rating for this year; correct it with the rating command, not an import.");

    public static readonly DomainError Interrupted =
        DomainError.Rule("import.interrupted", "Việc nhập bị gián đoạn nhiều lần (máy chủ dừng khi đang chạy); không dữ liệu nào được ghi. Vui lòng tải tệp lên lại.", "The import was interrupted repeatedly (the server stopped while it ran); nothing was written. Upload the file again.");

    public static readonly DomainError Failed =
        DomainError.Rule("import.failed", "Việc nhập gặp lỗi hệ thống; không dữ liệu nào được ghi. Vui lòng tải tệp lên lại hoặc liên hệ quản trị viên.", "The import failed with a system error; nothing was written. Upload the file again or contact an administrator.");

    public static readonly DomainError NotFound =
        DomainError.NotFound("import.not_found", "Không tìm thấy lần nhập dữ liệu.", "The import was not found.");
}
