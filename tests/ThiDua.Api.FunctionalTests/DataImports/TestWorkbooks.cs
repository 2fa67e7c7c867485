using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Application.DataImports;

namespace ThiDua.Api.FunctionalTests.DataImports;

/// <summary>
/// Writes import workbooks for tests with the OpenXML SAX writer (a 20 000-row file without building its DOM): the
/// template's sheets with their headers from <see cref="ImportTemplate"/>, and the given rows by column key.
/// </summary>
internal static class TestWorkbooks
{
    public static byte[] Write(
        IReadOnlyList<IReadOnlyDictionary<string, string>>? units = null,
        IEnumerable<IReadOnlyDictionary<string, string>>? people = null,
        IReadOnlyList<IReadOnlyDictionary<string, string>>? ratings = null,
        string? omitSheet = null,
        string? omitHeader = null,
        IReadOnlyList<IReadOnlyDictionary<string, string>>? unitRatings = null,
        IEnumerable<IReadOnlyDictionary<string, string>>? awards = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 0;
            foreach (var (sheet, rows) in new[]
            {
                (ImportTemplate.Units, (IEnumerable<IReadOnlyDictionary<string, string>>?)units), (ImportTemplate.People, people), (ImportTemplate.PersonRatings, ratings),
                (ImportTemplate.UnitRatings, unitRatings), (ImportTemplate.Awards, awards),
            })
            {
                if (sheet.Name == omitSheet)
                {
                    continue;
                }

                var part = workbook.AddNewPart<WorksheetPart>();
                var columns = sheet.Columns.Where(c => c.Key != omitHeader || sheet != ImportTemplate.People).ToList();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, 1, columns.Select(ImportTemplate.TemplateHeader).ToList());
                    var number = 1;
                    foreach (var row in rows ?? [])
                    {
                        WriteRow(writer, ++number, columns.Select(c => row.GetValueOrDefault(c.Key) ?? string.Empty).ToList());
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++id, Name = sheet.Name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static Dictionary<string, string> Unit(string code, string? parentCode, string name = "Bệnh viện Đa khoa", string kind = "Bệnh viện") => new()
    {
        [UnitColumns.Code] = code,
        [UnitColumns.Name] = name,
        [UnitColumns.Kind] = kind,
        [UnitColumns.ParentCode] = parentCode ?? string.Empty,
        [UnitColumns.Province] = "Hà Nam",
        [UnitColumns.ValidFrom] = "01/01/2020",
    };

    public static Dictionary<string, string> Person(int n, string unitCode, string? citizenId = null, string? name = null) => new()
    {
        [PersonColumns.FullName] = name ?? $"Nguyễn Văn {n}",
        [PersonColumns.Gender] = n % 2 == 0 ? "Nam" : "Nữ",
        [PersonColumns.BirthDate] = "02/03/1985",
        [PersonColumns.CitizenId] = citizenId ?? CitizenId(n),
        [PersonColumns.CivilServantCode] = $"CB{n:D6}",
        [PersonColumns.UnitCode] = unitCode,
        [PersonColumns.Position] = "Bác sĩ",
        [PersonColumns.EmployedFrom] = "01/01/2015",
    };

    public static Dictionary<string, string> Rating(string citizenId, int year, string rating = "Hoàn thành tốt nhiệm vụ") => new()
    {
        [RatingColumns.CitizenId] = citizenId,
        [RatingColumns.Year] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [RatingColumns.Rating] = rating,
    };

    public static string CitizenId(int n) => $"0011{n:D8}";

    public static string CivilServantCode(int n) => $"CB{n:D6}";

    /// <summary>An award row for a person named by citizen id (or another reference given in <paramref name="recipient"/>).</summary>
    public static Dictionary<string, string> Award(
        IReadOnlyDictionary<string, string> recipient, string awardType = "CSTDCS", int year = 2023, string commendation = "Công trạng",
        string number = "45/QĐ-SYT", string date = "15/01/2024", string issuer = "Sở Y tế Hà Nam")
    {
        var row = new Dictionary<string, string>(recipient)
        {
            [AwardColumns.AwardType] = awardType,
            [AwardColumns.Year] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [AwardColumns.CommendationType] = commendation,
            [AwardColumns.DecisionNumber] = number,
            [AwardColumns.DecisionDate] = date,
            [AwardColumns.Issuer] = issuer,
        };
        return row;
    }

    public static Dictionary<string, string> ByCitizenId(string citizenId) => new() { [AwardColumns.CitizenId] = citizenId };

    public static Dictionary<string, string> ByCivilServantCode(string code) => new() { [AwardColumns.CivilServantCode] = code };

    public static Dictionary<string, string> ByPersonRow(int row) => new() { [AwardColumns.PersonRow] = row.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public static Dictionary<string, string> ByUnit(string code) => new() { [AwardColumns.UnitCode] = code };

    public static Dictionary<string, string> UnitRating(string unitCode, int year, string rating = "Hoàn thành tốt nhiệm vụ", string? number = null, string? date = null) => new()
    {
        [UnitRatingColumns.UnitCode] = unitCode,
        [UnitRatingColumns.Year] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [UnitRatingColumns.Rating] = rating,
        [UnitRatingColumns.DocumentNumber] = number ?? string.Empty,
        [UnitRatingColumns.DocumentDate] = date ?? string.Empty,
    };

    private static void WriteRow(OpenXmlWriter writer, int number, List<string> values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)number });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }

            writer.WriteElement(new Cell(new InlineString(new Text(values[i])))
            {
                CellReference = ImportTemplate.ColumnLetter(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
            });
        }

        writer.WriteEndElement();
    }
}
