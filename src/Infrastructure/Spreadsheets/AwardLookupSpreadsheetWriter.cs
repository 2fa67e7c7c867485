using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.Awards.ExportAwardLookup;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;
using static ThiDua.Infrastructure.Spreadsheets.SpreadsheetCells;

namespace ThiDua.Infrastructure.Spreadsheets;

/// <summary>
/// The award lookup as one worksheet: a title, the filters and the time of the export, then one row per award with the
/// award type, year, recipient, the person's civil-servant code and — as the caller may read them — citizen id and birth
/// date, the unit named on the decision and the unit record (with its status, e.g. merged), the decision, the source,
/// the bonus and any revocation. Text is written as inline strings, so Vietnamese text stays exactly as stored.
/// </summary>
internal sealed class AwardLookupSpreadsheetWriter : IAwardLookupSpreadsheetWriter
{
    public const string SheetName = "Tra cứu khen thưởng";
    public const int HeaderRow = 4;

    public static readonly IReadOnlyList<string> Headers =
    [
        "STT", "Năm", "Mã hình thức", "Hình thức, danh hiệu", "Loại hình", "Đối tượng", "Cá nhân, tập thể được khen thưởng",
        "Mã số CBCCVC", "Số CCCD", "Ngày sinh", "Đơn vị (theo quyết định)", "Mã đơn vị", "Tình trạng đơn vị",
        "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Nguồn", "Tiền thưởng (đồng)", "Tình trạng", "Quyết định hủy bỏ",
    ];

    public byte[] Write(IReadOnlyList<AwardLookupItemDto> awards, AwardLookupFilter filter, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(filter);
        var data = new SheetData();
        var local = producedAt.ToOffset(LegalCalendar.VietnamOffset);
        data.Append(Row(1, Text("Kết quả tra cứu khen thưởng")));
        data.Append(Row(2, Text("Điều kiện lọc: " + Describe(filter))));
        data.Append(Row(3, Text(string.Create(CultureInfo.InvariantCulture, $"Xuất lúc {local:HH:mm dd/MM/yyyy}; {awards.Count} khen thưởng."))));
        data.Append(Row(HeaderRow, Headers.Select(Text).ToArray()));

        var rowIndex = (uint)HeaderRow;
        foreach (var award in awards)
        {
            rowIndex++;
            data.Append(Row(rowIndex, [
                Number(rowIndex - HeaderRow), Number(award.Year), Text(award.AwardType.Code), Text(award.AwardType.Name), Text(TypeName(award.CommendationType)),
                Text(award.RecipientKind == RecipientKind.Individual ? "Cá nhân" : "Tập thể"), Text(award.RecipientNameAtDecision),
                Text(award.Person?.CivilServantCode ?? string.Empty), Text(award.Person?.CitizenId ?? string.Empty),
                Text(award.Person?.BirthDate is { } born ? born.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty),
                Text(award.UnitNameAtDecision), Text(award.Unit.Code), Text(StatusName(award.Unit.Status)),
                Text(award.Decision.Number), Text(award.Decision.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), Text(award.Decision.Issuer ?? string.Empty),
                Text(award.Source == AwardSource.Decision ? "Quyết định trong hệ thống" : "Nhập từ hồ sơ đã có"),
                award.BonusVnd is { } bonus ? Number(bonus) : Text(string.Empty),
                Text(award.Revoked ? "Đã hủy bỏ" : "Còn hiệu lực"),
                Text(award.Revocation is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Decision.Number} ngày {r.Decision.Date:dd/MM/yyyy}") : string.Empty),
            ]));
        }

        return SpreadsheetCells.Workbook(SheetName, new Worksheet(data));
    }

    /// <summary>The filters in words, so that a printed export says what it lists.</summary>
    private static string Describe(AwardLookupFilter f)
    {
        var parts = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label} {value.Trim()}");
            }
        }

        // The citizen id and birth date filters are personal data: the export says they were used, not their values.
        Add("số CCCD", Entered(f.CitizenId));
        Add("mã số CBCCVC", f.CivilServantCode);
        Add("họ tên", f.FullName);
        Add("ngày sinh", f.BirthDate is null ? null : "(đã nhập)");
        Add("hình thức", f.AwardType?.ToUpperInvariant());
        Add("năm", f.Year?.ToString(CultureInfo.InvariantCulture));
        Add("đơn vị (gồm đơn vị đã sáp nhập)", f.UnitId?.ToString());
        Add("quyết định", f.Decision);
        Add("đối tượng", f.RecipientKind switch { RecipientKind.Individual => "cá nhân", RecipientKind.Collective => "tập thể", _ => null });
        return parts.Count == 0 ? "không (mọi khen thưởng trong phạm vi quản lý)" : string.Join("; ", parts);
    }

    private static string? Entered(string? citizenId) => string.IsNullOrWhiteSpace(citizenId) ? null : "(đã nhập)";

    private static string TypeName(CommendationType type) => type switch
    {
        CommendationType.Merit => "Công trạng",
        CommendationType.Thematic => "Theo chuyên đề",
        CommendationType.Sudden => "Đột xuất",
        CommendationType.LongService => "Quá trình cống hiến",
        _ => "Đối ngoại",
    };

    private static string StatusName(UnitStatus status) => status switch
    {
        UnitStatus.Active => "Đang hoạt động",
        UnitStatus.Merged => "Đã sáp nhập",
        _ => "Đã giải thể",
    };
}
