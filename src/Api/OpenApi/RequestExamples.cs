using System.Text.Json.Nodes;
using ThiDua.Api.DemoData;

namespace ThiDua.Api.OpenApi;

/// <summary>One operation's example: its path parameters and its JSON body, as Swagger UI fills them in.</summary>
/// <param name="Path">The example value of each path parameter.</param>
/// <param name="Body">The request body, in JSON.</param>
/// <param name="Source">Where the values come from (a seed document, or "minh họa" for an illustrative value).</param>
internal sealed record RequestExample(IReadOnlyDictionary<string, string> Path, string Body, string Source)
{
    public JsonNode BodyNode() => JsonNode.Parse(Body)!;
}

/// <summary>
/// Examples for the main requests, in Vietnamese, taken from the seed documents (shared/seeds) and naming the demo data's
/// ids (<see cref="DemoIds"/>): on a database loaded by <c>seed-demo</c> (scripts/run.sh) each one, sent as Swagger UI
/// sends it, succeeds. A functional test holds them to that (RequestExamplesTests). Illustrative values that no seed
/// document gives (a new unit's code, a person) are marked so in <see cref="RequestExample.Source"/>.
/// </summary>
internal static class RequestExamples
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.Ordinal);
    private static readonly Guid SytHaNam = DemoIds.Unit("SYT-HNAM");
    private static readonly Guid ChiCucDanSo = DemoIds.Unit("CCDS-HNAM");
    private static readonly Guid PhapY = DemoIds.Unit("TTPY-HNAM");
    private static readonly Guid CaoDangYTe = DemoIds.Unit("CDYT-HNAM");
    private static readonly Guid BenhVienThanhHoa = DemoIds.Unit("BVDK-THA");
    private static readonly Guid PhuSan = DemoIds.Unit("BV-PSHN");
    private static readonly Guid KhoiTongHop = DemoIds.Cluster("SYT-HNAM", "Khối thi đua tổng hợp");
    private static readonly Guid DemoStaff = DemoIds.Person(DemoDataSeeder.DemoStaffCode);
    private static readonly Guid Cum7 = DemoIds.Cluster("UBND-HN", "Cụm thi đua số 7");

    /// <summary>The examples by operation id (the endpoint's name).</summary>
    public static IReadOnlyDictionary<string, RequestExample> ByOperation { get; } = new Dictionary<string, RequestExample>(StringComparer.Ordinal)
    {
        ["CreateUnit"] = new(
            Empty,
            $$"""
            {
              "code": "TTKSBT-HNAM",
              "name": "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam",
              "shortName": "CDC Hà Nam",
              "kind": "centre",
              "parentId": "{{SytHaNam}}",
              "province": "Hà Nam",
              "validFrom": "2018-01-01"
            }
            """,
            "Seed 002 (Khối thi đua tổng hợp ngành y tế Hà Nam, 07 đơn vị); the unit, its code and date are illustrative (minh họa)."),

        ["CreateCluster"] = new(
            Empty,
            $$"""
            {
              "name": "Khối thi đua các bệnh viện",
              "kind": "block",
              "managingAuthorityId": "{{SytHaNam}}",
              "description": "Khối thi đua các bệnh viện trực thuộc Sở Y tế Hà Nam (ví dụ minh họa)."
            }
            """,
            "Illustrative (minh họa), beside seed 002's Khối thi đua tổng hợp."),

        ["DefineClusterTerm"] = new(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["clusterId"] = KhoiTongHop.ToString(), ["year"] = "2024" },
            $$"""
            {
              "memberUnitIds": ["{{ChiCucDanSo}}", "{{PhapY}}", "{{CaoDangYTe}}"],
              "election": {
                "headUnitId": "{{PhapY}}",
                "deputyUnitId": "{{CaoDangYTe}}",
                "document": { "number": "02/BB-KTĐTH", "date": "2023-11-28", "issuer": "Khối thi đua tổng hợp ngành y tế Hà Nam (số văn bản minh họa)" }
              }
            }
            """,
            "Seed 002: the 2023 deputy (Trung tâm Pháp y) heads the next year's block; the minutes' number and date are illustrative."),

        ["DraftCovenant"] = new(
            Empty,
            $$"""
            {
              "clusterId": "{{Cum7}}",
              "year": 2023,
              "title": "Giao ước thi đua năm 2023 của Cụm thi đua số 7 thành phố Hà Nội",
              "scaleMax": 100,
              "signingDeadline": "2023-03-31",
              "contents": [
                { "number": 1, "title": "Thi đua phát triển kinh tế - xã hội, thực hiện các nhiệm vụ chính trị được giao, các nhiệm vụ trọng tâm của cơ quan, đơn vị" },
                { "number": 2, "title": "Thi đua thực hiện các chủ trương của Đảng, chính sách và pháp luật của Nhà nước" },
                { "number": 3, "title": "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh" },
                { "number": 4, "title": "Tổ chức triển khai kịp thời và thực hiện tốt các nhiệm vụ về công tác thi đua, khen thưởng" }
              ],
              "criteria": [
                { "code": "1.1", "contentNumber": 1, "description": "Hoàn thành các chỉ tiêu, nhiệm vụ được Thành phố giao năm 2023", "maxPoints": 40, "isGate": false },
                { "code": "2.1", "contentNumber": 2, "description": "Thực hiện các chủ trương của Đảng, chính sách và pháp luật của Nhà nước", "maxPoints": 20, "isGate": false },
                { "code": "3.1", "contentNumber": 3, "description": "Tổ chức đảng, đoàn thể được xếp loại hoàn thành tốt nhiệm vụ trở lên", "maxPoints": 20, "isGate": false },
                { "code": "4.1", "contentNumber": 4, "description": "Đăng ký thi đua, mô hình thi đua và báo cáo công tác thi đua, khen thưởng đúng hạn", "maxPoints": 20, "isGate": false }
              ]
            }
            """,
            "Seed 004 (Cụm thi đua số 7 ký giao ước thi đua năm 2023, 31/3/2023): the four contents; the criteria and points are illustrative."),

        ["DraftCampaign"] = new(
            Empty,
            $$"""
            {
              "launchingAuthorityId": "{{SytHaNam}}",
              "title": "Phong trào thi đua yêu nước năm 2027",
              "theme": "Cán bộ, công chức, viên chức, người lao động ngành y tế Hà Nam đoàn kết, đổi mới, hoàn thành xuất sắc nhiệm vụ năm 2027",
              "kind": "regular",
              "periodStart": "2027-01-01",
              "periodEnd": "2027-12-31",
              "letter": {
                "number": "25/SYT-VP",
                "date": "2027-01-05",
                "signerName": "Nguyễn Văn A",
                "signerTitle": "Giám đốc",
                "recipients": ["Thủ trưởng các đơn vị trong ngành"],
                "coLaunchers": ["Công đoàn ngành Y tế Hà Nam"]
              },
              "phases": [
                { "name": "Đợt 1", "start": "2027-01-01", "end": "2027-06-30", "focus": "Thi đua lập thành tích chào mừng các ngày lễ lớn của đất nước" },
                { "name": "Đợt 2", "start": "2027-07-01", "end": "2027-12-31", "focus": "Cao điểm thi đua hoàn thành các chỉ tiêu, nhiệm vụ năm 2027" }
              ],
              "contents": [
                { "code": "1", "text": "Thi đua hoàn thành xuất sắc các chỉ tiêu chuyên môn được giao" },
                { "code": "2", "text": "100% các đơn vị ứng dụng công nghệ thông tin, thực hiện tốt cải cách hành chính", "target": { "value": 100, "unitOfMeasure": "%", "direction": "atLeast" } }
              ]
            }
            """,
            "Modelled on seed 003 (letter 1975/SYT-VP: phases, numbered contents, a target in %); the letter, its number, signer and dates are illustrative."),

        ["SubmitRegistration"] = new(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["campaignId"] = DemoIds.Campaign("1975/SYT-VP").ToString(), ["unitId"] = BenhVienThanhHoa.ToString() },
            """
            {
              "targetTitles": ["CO_THI_DUA_TINH"],
              "models": [
                { "name": "Chủ động, quyết liệt phòng chống dịch bệnh Covid-19", "description": "Mô hình thi đua theo nội dung 2.5 của Công văn 1975/SYT-VP", "expectedResults": "Không để dịch lây lan trong cơ sở y tế" }
              ]
            }
            """,
            "Seed 003 (the 2020 movement of Sở Y tế Thanh Hóa, content 2.5); the unit's code and the model's wording are illustrative."),

        ["SubmitPhaseReport"] = new(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["campaignId"] = DemoIds.Campaign("1975/SYT-VP").ToString(), ["unitId"] = BenhVienThanhHoa.ToString(), ["phaseNumber"] = "1",
            },
            """
            {
              "narrative": "Đơn vị đã tổ chức phát động, hưởng ứng phong trào thi đua; tổ chức tuyên truyền, giáo dục truyền thống, đạo lý uống nước nhớ nguồn nhân Ngày Thương binh Liệt sỹ 27/7.",
              "indicators": [
                { "name": "Tỷ lệ khoa, phòng ứng dụng công nghệ thông tin", "value": 100, "unitOfMeasure": "%", "contentCode": "2.7" }
              ]
            }
            """,
            "Seed 003 (phase 1 of letter 1975/SYT-VP, its focus and content 2.7 with its 100 % target); the figures are illustrative."),

        ["RegisterPerson"] = new(
            Empty,
            $$"""
            {
              "fullName": "Nguyễn Thị Lan",
              "gender": "female",
              "birthDate": "1985-03-02",
              "citizenId": "001185012345",
              "civilServantCode": "V.08.01.03-0001",
              "unitId": "{{PhuSan}}",
              "position": "Bác sĩ, Trưởng khoa Sản bệnh",
              "employedFrom": "2010-09-01"
            }
            """,
            "Illustrative person (minh họa) at Bệnh viện Phụ Sản Hà Nội (seed 001)."),

        ["DraftNomination"] = new(
            Empty,
            $$"""
            {
              "proposingUnitId": "{{PhuSan}}",
              "year": 2025,
              "commendationType": "merit",
              "title": "Đề nghị khen thưởng thành tích năm 2025 của Bệnh viện Phụ Sản Hà Nội"
            }
            """,
            "Illustrative (minh họa): the annual dossier of Bệnh viện Phụ Sản Hà Nội (seed 001)."),

        ["RecordPersonRating"] = new(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["personId"] = DemoStaff.ToString(), ["year"] = "2025" },
            """
            {
              "rating": "excellent",
              "document": { "number": "125/QĐ-BVPS", "date": "2025-12-20", "issuer": "Bệnh viện Phụ Sản Hà Nội (số văn bản minh họa)" }
            }
            """,
            "Illustrative (minh họa): the demo's member of staff rated for 2025."),

        ["ProposeNominee"] = new(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["nominationId"] = DemoIds.Nomination("BV-PSHN", 2025, "merit").ToString() },
            $$"""
            {
              "personId": "{{DemoStaff}}",
              "awardTypeCode": "LDTT",
              "achievementSummary": "Hoàn thành tốt nhiệm vụ được giao năm 2025; chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia phong trào thi đua của Bệnh viện."
            }
            """,
            "Illustrative (minh họa): the demo's member of staff proposed for Lao động tiên tiến (Law 06/2022/QH15, Art. 24) in the hospital's draft dossier."),
    };
}
