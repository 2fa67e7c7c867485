using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.DraftCampaign;
using ThiDua.Application.AwardTypes.CreateProvincialAwardType;
using ThiDua.Application.Campaigns.LaunchCampaign;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.DraftCovenant;
using ThiDua.Application.EmulationClusters.CreateCluster;
using ThiDua.Application.EmulationClusters.DefineClusterTerm;
using ThiDua.Application.RuleSets.SetProvinceParameters;
using ThiDua.Application.Nominations.DraftNomination;
using ThiDua.Application.People.RecordPersonRating;
using ThiDua.Application.People.RegisterPerson;
using ThiDua.Application.Units.CreateUnit;
using ThiDua.Application.Awards.ImportPersonAward;
using ThiDua.Application.Awards.ImportUnitAward;
using ThiDua.Application.Statistics.DeclareApparatusRegister;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.DemoData;

/// <summary>
/// Loads the units and clusters that the seed documents in <c>shared/seeds/</c> name, through the same commands
/// (and so the same rules and audit log) as the API. Idempotent: what exists is left as it is.
/// The seed articles name the conferences that elected heads and deputies but not the numbers of their minutes;
/// those demo document numbers are illustrative and marked so in the issuer field.
/// </summary>
internal sealed class DemoDataSeeder(ISender sender, ThiDuaDbContext db)
{
    private const string Illustrative = " (số văn bản minh họa)";

    /// <summary>The civil-servant code of the demo's one member of staff (illustrative).</summary>
    internal const string DemoStaffCode = "V.08.05.12-0102";
    private readonly StringBuilder _report = new();

    public async Task<string> SeedAsync(CancellationToken ct)
    {
        // Hà Nội (seeds 000, 001, 004).
        var hanoi = await UnitAsync("UBND-HN", "Ủy ban nhân dân thành phố Hà Nội", "UBND TP Hà Nội", UnitKind.Other, null, "Hà Nội", ct);
        var sytHn = await UnitAsync("SYT-HN", "Sở Y tế Hà Nội", "Sở Y tế", UnitKind.Department, hanoi, "Hà Nội", ct);
        var sgd = await UnitAsync("SGDDT-HN", "Sở Giáo dục và Đào tạo Hà Nội", "Sở GD&ĐT", UnitKind.Department, hanoi, "Hà Nội", ct);
        var sld = await UnitAsync("SLDTBXH-HN", "Sở Lao động – Thương binh và Xã hội Hà Nội", "Sở LĐTB&XH", UnitKind.Department, hanoi, "Hà Nội", ct);
        var stt = await UnitAsync("STTTT-HN", "Sở Thông tin và Truyền thông Hà Nội", "Sở TT&TT", UnitKind.Department, hanoi, "Hà Nội", ct);
        var svh = await UnitAsync("SVHTT-HN", "Sở Văn hóa và Thể thao Hà Nội", "Sở VH&TT", UnitKind.Department, hanoi, "Hà Nội", ct);
        var skh = await UnitAsync("SKHCN-HN", "Sở Khoa học và Công nghệ Hà Nội", "Sở KH&CN", UnitKind.Department, hanoi, "Hà Nội", ct);
        var phuSan = await UnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội", "BV Phụ Sản", UnitKind.Hospital, sytHn, "Hà Nội", ct);
        await StaffAndDossierAsync(phuSan, ct);

        var cum1 = await ClusterAsync("Cụm thi đua số I", ClusterKind.Cluster, sytHn,
            "Cụm thi đua trực thuộc Sở Y tế Hà Nội; ký giao ước thi đua năm 2023 gồm 10 nội dung (tin ngày 16/03/2023).", ct);
        await TermAsync(cum1, 2023, [], null, null, null, ct);
        await Cluster1CovenantAsync(cum1, ct);
        var cum2 = await ClusterAsync("Cụm thi đua số 2", ClusterKind.Cluster, sytHn,
            "Cụm thi đua số 2 ngành y tế Hà Nội, 20 đơn vị; Bệnh viện Phụ Sản Hà Nội là cụm trưởng (hội nghị ngày 28/3/2018).", ct);
        await TermAsync(cum2, 2018, [phuSan], phuSan, null,
            new DocumentInput("01/BB-CTĐ2", new DateOnly(2018, 3, 28), "Cụm thi đua số 2 ngành y tế Hà Nội" + Illustrative), ct);
        var cum7 = await ClusterAsync("Cụm thi đua số 7", ClusterKind.Cluster, hanoi,
            "Cụm thi đua số 7 thành phố Hà Nội; ký giao ước thi đua năm 2023 ngày 31/3/2023 tại Sở GD&ĐT.", ct);
        await TermAsync(cum7, 2023, [sgd, sytHn, sld, stt, svh, skh], sgd, sytHn,
            new DocumentInput("01/BB-CTĐ7", new DateOnly(2023, 3, 31), "Cụm thi đua số 7 thành phố Hà Nội" + Illustrative), ct);

        // Hà Nam (seed 002): Khối thi đua tổng hợp of the Sở Y tế, 7 units of which the article names three.
        var sytHnam = await UnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", "Sở Y tế", UnitKind.Department, null, "Hà Nam", ct);
        var chiCuc = await UnitAsync("CCDS-HNAM", "Chi cục Dân số – Kế hoạch hóa gia đình tỉnh Hà Nam", "Chi cục DS-KHHGĐ", UnitKind.SubDepartment, sytHnam, "Hà Nam", ct);
        var phapY = await UnitAsync("TTPY-HNAM", "Trung tâm Pháp y tỉnh Hà Nam", "TT Pháp y", UnitKind.Centre, sytHnam, "Hà Nam", ct);
        var caoDang = await UnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", "CĐ Y tế", UnitKind.College, sytHnam, "Hà Nam", ct);
        var khoi = await ClusterAsync("Khối thi đua tổng hợp", ClusterKind.Block, sytHnam,
            "Khối thi đua tổng hợp ngành y tế Hà Nam, 07 đơn vị; tổng kết năm 2022 ngày 29/11/2022, đề xuất Trường Cao đẳng Y tế nhận Cờ thi đua của UBND tỉnh năm 2022.", ct);
        await TermAsync(khoi, 2022, [chiCuc, phapY, caoDang], null, null, null, ct);
        await TermAsync(khoi, 2023, [chiCuc, phapY, caoDang], chiCuc, phapY,
            new DocumentInput("01/BB-KTĐTH", new DateOnly(2022, 11, 29), "Khối thi đua tổng hợp ngành y tế Hà Nam" + Illustrative), ct);

        // Thanh Hóa (seed 003): the Sở that launched the 2020 movement by letter 1975/SYT-VP.
        var sytTha = await UnitAsync("SYT-THA", "Sở Y tế Thanh Hóa", "Sở Y tế", UnitKind.Department, null, "Thanh Hóa", ct);
        // The letter is addressed to "Thủ trưởng các đơn vị trong ngành" without naming them: one unit of the sector (its
        // code illustrative) so that the movement has a unit to register and report.
        await UnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", "BVĐK tỉnh", UnitKind.Hospital, sytTha, "Thanh Hóa", ct);
        await Letter1975Async(sytTha, ct);

        // The examples of the statistical report forms (ADR 0034).
        await StatisticsExamplesAsync(cum7, sytHn, phuSan, caoDang, ct);

        // The worked examples of province parameters (ADR 0016): Bắc Ninh's QĐ 86/2025 and Hà Nội's QĐ 71/2025.
        await ProvinceRulesAsync(ct);

        return _report.Length == 0 ? "Demo data already present; nothing to add." : _report.ToString().TrimEnd();
    }

    /// <summary>
    /// Bắc Ninh (BN86): at least 70 % of members with Lao động tiên tiến for Tập thể lao động tiên tiến (Điều 4.2), at
    /// least 80 % of members present at council sessions deciding awards (Điều 8.4.b), the provincial flag detailed in
    /// Điều 3.1. Hà Nội (HN71): its own titles Công dân Thủ đô ưu tú (vote ≥ 90 % of all members, Điều 3) and "Cờ thi đua
    /// xuất sắc của UBND Thành phố", which the sources name but no text found defines (domain.md §2.2): its article, bonus
    /// and vote are marked unverified. Neither regulation's date of issue or entry into force was verified; the dates
    /// used are marked so in the issuer field.
    /// </summary>
    private async Task ProvinceRulesAsync(CancellationToken ct)
    {
        const string Unverified = " (ngày văn bản, ngày hiệu lực chưa được đối chiếu)";
        var bacNinh = ProvinceParameters.KeyOf("Bắc Ninh");
        if (!await db.ProvinceParameters.AnyAsync(p => p.ProvinceKey == bacNinh, ct))
        {
            _report.AppendLine("+ parameters of Bắc Ninh (QĐ 86/2025/QĐ-UBND)");
            using var ids = EntityIds.Deterministic(DemoIds.ProvinceParametersKey(bacNinh));
            await sender.Send(
                new SetProvinceParametersCommand(
                    "Bắc Ninh",
                    new DateOnly(2025, 7, 1),
                    new DocumentInput("86/2025/QĐ-UBND", new DateOnly(2025, 6, 20), "UBND tỉnh Bắc Ninh" + Unverified),
                    new ProvinceParameterValues(
                        new MemberShareParameter(0.7m, true, "Điều 4.2"), null, new AttendanceParameter(0.8m, "Điều 8.4.b"), null, "Điều 3.1")),
                ct);
        }

        var hn71 = new DocumentInput("71/2025/QĐ-UBND", new DateOnly(2025, 6, 25), "UBND thành phố Hà Nội" + Unverified);
        await ProvincialAwardTypeAsync(
            new CreateProvincialAwardTypeCommand(
                "Hà Nội", "HN_CONG_DAN_THU_DO_UU_TU", "Công dân Thủ đô ưu tú", RecipientKind.Individual, AwardCategory.CommendationForm, AwardLevel.Provincial,
                "Chủ tịch UBND Thành phố Hà Nội", new DateOnly(2025, 7, 1), null, hn71, "Điều 3",
                0m, "QĐ 71/2025/QĐ-UBND: mức tiền thưởng chưa được đối chiếu (0 cho đến khi có căn cứ)",
                0.9m, true, "71/2025/QĐ-UBND (Hà Nội), Điều 3.5: ≥ 90 % tổng số thành viên Hội đồng"),
            ct);
        await ProvincialAwardTypeAsync(
            new CreateProvincialAwardTypeCommand(
                "Hà Nội", "HN_CO_THI_DUA_XUAT_SAC", "Cờ thi đua xuất sắc của UBND Thành phố", RecipientKind.Collective, AwardCategory.EmulationTitle, AwardLevel.Provincial,
                "Chủ tịch UBND Thành phố Hà Nội", new DateOnly(2025, 7, 1), null, hn71, "chưa tìm thấy điều khoản quy định (tên gọi theo tài liệu nguồn, domain.md §2.2; gắn tạm với văn bản này)",
                8m, "Như Cờ thi đua cấp tỉnh, Nghị định 152/2025/NĐ-CP Điều 50.2 (mức riêng của Hà Nội chưa được đối chiếu)",
                0.8m, true, "Như Cờ thi đua cấp tỉnh, Nghị định 98/2023/NĐ-CP Điều 30.7 (quy định riêng của Hà Nội chưa được đối chiếu)"),
            ct);
    }

    private async Task ProvincialAwardTypeAsync(CreateProvincialAwardTypeCommand command, CancellationToken ct)
    {
        if (await db.ProvincialAwardTypes.AnyAsync(t => t.Code == command.Code, ct))
        {
            return;
        }

        _report.AppendLine(CultureInfo.InvariantCulture, $"+ award type {command.Code} of {command.Province}: {command.Name}");
        using var ids = EntityIds.Deterministic(DemoIds.AwardTypeKey(command.Code));
        await sender.Send(command, ct);
    }

    /// <summary>
    /// The 2023 covenant of Cụm thi đua số I (seed 000) as a draft: its ten contents and the three phases of its programme
    /// with their dates, theme and commemorations as the article words them. The article names neither the member units
    /// (the 2023 term is recorded empty, to be completed), nor the scale or criteria, nor the signing deadline: the scale of
    /// 100 and the deadline of 31/03/2023 are illustrative, and the criteria are left for the cluster to enter.
    /// </summary>
    private async Task Cluster1CovenantAsync(Guid cluster, CancellationToken ct)
    {
        var clusterId = new ClusterId(cluster);
        if (await db.Covenants.AnyAsync(c => c.ClusterId == clusterId && c.Year == 2023, ct))
        {
            return;
        }

        string[] contents =
        [
            "Thi đua phấn đấu hoàn thành thắng lợi các chỉ tiêu chuyên môn, nhiệm vụ chính trị của mỗi cơ quan",
            "Thực hiện có hiệu quả các chỉ tiêu Kế hoạch năm 2023 mà Sở Y tế Hà Nội và UBND Thành phố giao",
            "Thi đua chào mừng các sự kiện chính trị, các ngày lễ, ngày kỷ niệm lớn trong năm 2023; Kỷ niệm ngày Thầy thuốc Việt Nam 27/2/2023",
            "Triển khai các biện pháp kiểm tra, giám sát gắn với chất lượng hoạt động của các bệnh viện và chất lượng hoạt động công đoàn các cấp",
            "Phong trào thi đua thực hiện văn hóa công sở và nơi công cộng gắn với Đề án “Văn hóa công vụ”",
            "Tổ chức triển khai có hiệu quả phong trào “Người tốt – Việc tốt”; khen thưởng thành tích đột xuất, tập thể nhỏ và người lao động trực tiếp",
            "Thi đua chào mừng kỷ niệm các ngày lễ lớn; công tác đền ơn đáp nghĩa, gắn biển công trình",
            "Thi đua đảm bảo an ninh quốc phòng; phong trào “nghiên cứu khoa học, sáng kiến sáng tạo”",
            "Thi đua thực hiện hiệu quả công tác cải cách hành chính",
            "Thực hiện tốt công tác thi đua, khen thưởng; đóng góp xây dựng quy chế tổ chức và hoạt động của Cụm thi đua số I",
        ];
        var terms = new CovenantTermsInput(
            "Giao ước thi đua năm 2023 của Cụm thi đua số I",
            100m,
            new DateOnly(2023, 3, 31),
            contents.Select((title, i) => new CovenantContentInput(i + 1, title)).ToList(),
            null,
            null,
            null,
            null,
            [
                new CovenantPhaseInput("Đợt I", new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30), "Mừng Đảng, Mừng xuân, mừng đất nước đổi mới", null,
                    ["93 năm ngày thành lập Đảng Cộng sản Việt Nam", "48 năm Ngày giải phóng miền Nam thống nhất đất nước", "68 năm ngày Thầy thuốc Việt Nam"]),
                new CovenantPhaseInput("Đợt II", new DateOnly(2023, 5, 1), new DateOnly(2023, 7, 31), null,
                    "Phấn đấu hoàn thành và hoàn thành xuất sắc nhiệm vụ 6 tháng đầu năm 2023",
                    ["94 năm thành lập tổ chức Công đoàn Việt Nam", "51 năm chiến thắng “Hà Nội – Điện Biên Phủ trên không”", "76 năm Ngày Thương binh liệt sỹ (27/7/1947 – 27/7/2023)", "137 năm Quốc tế lao động", "133 năm ngày sinh Chủ tịch Hồ Chí Minh"]),
                new CovenantPhaseInput("Đợt III", new DateOnly(2023, 8, 1), new DateOnly(2023, 12, 31), null,
                    "Phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu của đơn vị; thực hiện nhiệm vụ chính trị của Ngành và của Thành phố",
                    ["78 năm Cách mạng tháng Tám và Quốc khánh 2/9", "69 năm ngày Giải phóng Thủ đô"]),
            ]);
        _report.AppendLine(CultureInfo.InvariantCulture, $"+ covenant 2023 of Cụm thi đua số I (draft, 3 phases)");
        using var ids = EntityIds.Deterministic(DemoIds.CovenantKey(cluster, 2023));
        await sender.Send(new DraftCovenantCommand(cluster, 2023, terms), ct);
    }

    /// <summary>
    /// Records the statistical forms count (ADR 0034), each grounded in a seed where one exists, every number and date
    /// the seeds do not give marked illustrative:
    /// form 0601 — Cụm thi đua số 7 of Hà Nội launches its 2023 emulation at its conference of 31/3/2023 (seed 004);
    /// form 0603 — Trường Cao đẳng Y tế Hà Nam, proposed for Cờ thi đua của UBND tỉnh năm 2022 on 29/11/2022 (seed 002),
    /// receives it (decision illustrative, 16/01/2023), and the demo's member of staff a Bằng khen of the city's Chairman
    /// (illustrative, decided 10/12/2024: the 2025 report, as the period starts on 01/12);
    /// form 0602 — Bệnh viện Phụ Sản Hà Nội a Prime Minister's Bằng khen (illustrative, 2025);
    /// forms 0604, 0605 — the TĐKT apparatus register of Sở Y tế Hà Nội for 2025 (illustrative).
    /// </summary>
    private async Task StatisticsExamplesAsync(Guid cum7, Guid sytHn, Guid phuSan, Guid caoDang, CancellationToken ct)
    {
        const string Letter = "01/KH-CTĐ7";
        var cluster = new ClusterId(cum7);
        if (!await db.Campaigns.AnyAsync(c => c.LaunchingClusterId == cluster, ct))
        {
            _report.AppendLine("+ campaign of Cụm thi đua số 7 (2023)");
            using var ids = EntityIds.Deterministic(DemoIds.CampaignKey(Letter));
            var plan = new CampaignPlanInput(
                "Phong trào thi đua của Cụm thi đua số 7 thành phố Hà Nội năm 2023",
                "Thi đua hoàn thành xuất sắc nhiệm vụ năm 2023; 100% các đơn vị trong Cụm đăng ký thi đua từ Cờ thi đua xuất sắc của UBND Thành phố trở lên",
                null,
                CampaignKind.Regular,
                new DateOnly(2023, 1, 1),
                new DateOnly(2023, 12, 31),
                new LaunchLetterInput(Letter, new DateOnly(2023, 3, 31), "Cụm trưởng" + Illustrative, "Giám đốc Sở Giáo dục và Đào tạo Hà Nội", ["Các đơn vị thành viên Cụm thi đua số 7"], []),
                [],
                [new ContentInput("1", "Đăng ký thi đua từ Cờ thi đua xuất sắc của UBND Thành phố trở lên", null)],
                null,
                null,
                null,
                null);
            var id = (await sender.Send(new DraftCampaignCommand(Guid.Empty, plan, cum7), ct)).Id;
            await sender.Send(new LaunchCampaignCommand(id, null), ct);
        }

        var college = new UnitId(caoDang);
        if (!await db.AwardRecords.AnyAsync(a => a.UnitId == college && a.AwardTypeCode == AwardCatalogue.ProvincialFlag, ct))
        {
            _report.AppendLine("+ Cờ thi đua của UBND tỉnh 2022 of CDYT-HNAM");
            using var ids = EntityIds.Deterministic("demo:award:CDYT-HNAM:CO_THI_DUA_TINH:2022");
            await sender.Send(
                new ImportUnitAwardCommand(caoDang, AwardCatalogue.ProvincialFlag, 2022, CommendationType.Merit,
                    new DocumentInput("120/QĐ-UBND", new DateOnly(2023, 1, 16), "UBND tỉnh Hà Nam" + Illustrative)),
                ct);
        }

        var hospital = new UnitId(phuSan);
        if (!await db.AwardRecords.AnyAsync(a => a.UnitId == hospital && a.AwardTypeCode == AwardCatalogue.PrimeMinisterMeritCollective, ct))
        {
            _report.AppendLine("+ Bằng khen của Thủ tướng Chính phủ 2024 of BV-PSHN");
            using var ids = EntityIds.Deterministic("demo:award:BV-PSHN:BANG_KHEN_TTG_TAP_THE:2024");
            await sender.Send(
                new ImportUnitAwardCommand(phuSan, AwardCatalogue.PrimeMinisterMeritCollective, 2024, CommendationType.Merit,
                    new DocumentInput("350/QĐ-TTg", new DateOnly(2025, 3, 20), "Thủ tướng Chính phủ" + Illustrative)),
                ct);
        }

        var person = await db.People.Where(p => p.CivilServantCode == DemoStaffCode).Select(p => (Guid?)p.Id.Value).SingleOrDefaultAsync(ct);
        if (person is { } personId && !await db.AwardRecords.AnyAsync(a => a.PersonId == new PersonId(personId) && a.AwardTypeCode == AwardCatalogue.ProvincialMeritIndividual, ct))
        {
            _report.AppendLine("+ Bằng khen của Chủ tịch UBND Thành phố 2024 of Trần Thị Hoa (minh họa)");
            using var ids = EntityIds.Deterministic("demo:award:" + DemoStaffCode + ":BANG_KHEN_TINH_CA_NHAN:2024");
            await sender.Send(
                new ImportPersonAwardCommand(personId, AwardCatalogue.ProvincialMeritIndividual, 2024, CommendationType.Merit,
                    new DocumentInput("5120/QĐ-UBND", new DateOnly(2024, 12, 10), "UBND thành phố Hà Nội" + Illustrative), null),
                ct);
        }

        var authority = new UnitId(sytHn);
        if (!await db.ApparatusRegisters.AnyAsync(r => r.AuthorityId == authority && r.Year == 2025, ct))
        {
            _report.AppendLine("+ TĐKT apparatus register 2025 of SYT-HN (minh họa)");
            using var ids = EntityIds.Deterministic("demo:apparatus:SYT-HN:2025");
            await sender.Send(
                new DeclareApparatusRegisterCommand(
                    sytHn,
                    2025,
                    [
                        new ApparatusUnitInput("TĐKT-01", "Bộ phận Thi đua – Khen thưởng, Văn phòng Sở Y tế Hà Nội" + Illustrative, ApparatusLevel.Authority, Staffing.Dedicated),
                        new ApparatusUnitInput("TĐKT-02", "Tổ Thi đua – Khen thưởng, Phòng Tổ chức cán bộ Bệnh viện Phụ Sản Hà Nội" + Illustrative, ApparatusLevel.SubordinateUnit, Staffing.PartTime),
                    ],
                    [
                        new ApparatusStaffInput("CB-01", Gender.Female, 1985, EducationLevel.Postgraduate, 2012, Staffing.Dedicated),
                        new ApparatusStaffInput("CB-02", Gender.Male, 1998, EducationLevel.University, 2022, Staffing.Dedicated),
                        new ApparatusStaffInput("CB-03", Gender.Female, 1970, EducationLevel.University, 2000, Staffing.PartTime),
                    ],
                    null),
                ct);
        }

    }

    /// <summary>
    /// The movement launched by letter 1975/SYT-VP (seed 003): its two phases and ten contents as the letter words them.
    /// The letter sets no registration deadline, and neither does the demo: units register until the movement closes.
    /// </summary>
    private async Task Letter1975Async(Guid authority, CancellationToken ct)
    {
        var authorityId = new UnitId(authority);
        if (await db.Campaigns.AnyAsync(c => c.LaunchingAuthorityId == authorityId, ct))
        {
            return;
        }

        string[] contents =
        [
            "Tổ chức phát động, hưởng ứng các phong trào thi đua yêu nước thường xuyên, chuyên đề gắn với việc thực hiện nhiệm vụ của đơn vị",
            "Thi đua nâng cao năng lực, bảo đảm tính chuyên nghiệp, hiện đại; phong trào nghiên cứu khoa học - sáng kiến cải tiến kỹ thuật",
            "100% các cơ quan, đơn vị y tế thực hiện hiệu quả Kế hoạch hành động số 38/KH-SYT ngày 08/01/2020",
            "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (chuyên đề năm 2020)",
            "Chủ động, quyết liệt phòng chống dịch bệnh Covid-19 và các bệnh dịch khác",
            "Thực hiện tốt Quy chế dân chủ, Quy tắc ứng xử; xây dựng cơ sở y tế Xanh - Sạch - Đẹp; giảm thiểu chất thải nhựa",
            "100% các cơ quan, đơn vị y tế ứng dụng công nghệ thông tin, thực hiện tốt cải cách hành chính",
            "Thi đua thực hiện tốt công tác phòng chống thiên tai, tìm kiếm cứu nạn năm 2020",
            "Duy trì và phát huy phong trào văn nghệ, thể dục, thể thao",
            "100% các tập thể, cá nhân thi đua lập thành tích chào mừng Đại hội thi đua yêu nước tỉnh Thanh Hóa lần thứ X và toàn quốc lần thứ X",
        ];
        var plan = new CampaignPlanInput(
            "Phong trào thi đua yêu nước năm 2020",
            "Cán bộ, công chức, viên chức, lao động ngành y tế Thanh Hóa phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ trong trạng thái bình thường mới",
            null,
            CampaignKind.Regular,
            new DateOnly(2020, 6, 26),
            new DateOnly(2020, 12, 31),
            new LaunchLetterInput(
                "1975/SYT-VP",
                new DateOnly(2020, 7, 1),
                "Trịnh Hữu Hùng",
                "Giám đốc",
                ["Thủ trưởng các đơn vị trong ngành", "Ban TĐKT tỉnh", "LĐLĐ tỉnh", "GĐ, các PGĐ", "Các phòng, Ban cơ quan SYT"],
                ["Thường trực Công đoàn Ngành Y tế Thanh Hóa"]),
            [
                new PhaseInput("Đợt 1", new DateOnly(2020, 6, 26), new DateOnly(2020, 7, 27), "Tuyên truyền, giáo dục truyền thống, đạo lý uống nước nhớ nguồn", ["Ngày Thương binh Liệt sỹ 27/7"]),
                new PhaseInput("Đợt 2", new DateOnly(2020, 7, 28), new DateOnly(2020, 12, 31), "Cao điểm thi đua chào mừng Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XIX, tiến tới Đại hội XIII của Đảng", []),
            ],
            contents.Select((text, i) => new ContentInput($"2.{i + 1}", text, i is 2 or 6 ? new TargetInput(100m, "%") : null)).ToList(),
            null,
            null,
            null,
            null);
        _report.AppendLine(CultureInfo.InvariantCulture, $"+ campaign 1975/SYT-VP: {plan.Title} (launched)");
        using var ids = EntityIds.Deterministic(DemoIds.CampaignKey("1975/SYT-VP"));
        var id = (await sender.Send(new DraftCampaignCommand(authority, plan), ct)).Id;
        await sender.Send(new LaunchCampaignCommand(id, null), ct);
    }

    /// <summary>
    /// Seed 001 names no person: one illustrative member of staff of Bệnh viện Phụ Sản Hà Nội, with her ratings of
    /// 2023–2024, and the hospital's draft dossier for 2025, so that the people and nomination examples of the API document
    /// (RequestExamples) have someone to rate and propose.
    /// </summary>
    private async Task StaffAndDossierAsync(Guid hospital, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.CivilServantCode == DemoStaffCode, ct))
        {
            _report.AppendLine("+ person Trần Thị Hoa (minh họa) with ratings 2023–2024");
            using var ids = EntityIds.Deterministic(DemoIds.PersonKey(DemoStaffCode));
            var person = await sender.Send(
                new RegisterPersonCommand("Trần Thị Hoa", Gender.Female, new DateOnly(1980, 5, 12), "001180004567", DemoStaffCode, hospital,
                    "Điều dưỡng trưởng Khoa Sản bệnh", new DateOnly(2005, 8, 1)),
                ct);
            foreach (var year in new[] { 2023, 2024 })
            {
                await sender.Send(new RecordPersonRatingCommand(person.Id, year, PerformanceRating.Excellent, null), ct);
            }
        }

        var proposing = new UnitId(hospital);
        if (!await db.Nominations.AnyAsync(n => n.ProposingUnitId == proposing && n.Year == 2025, ct))
        {
            _report.AppendLine("+ draft dossier 2025 of BV-PSHN (minh họa)");
            using var ids = EntityIds.Deterministic(DemoIds.NominationKey("BV-PSHN", 2025, "merit"));
            await sender.Send(new DraftNominationCommand(hospital, 2025, CommendationType.Merit, "Đề nghị công nhận danh hiệu thi đua năm 2025 (hồ sơ minh họa)", null, null), ct);
        }
    }

    private async Task<Guid> UnitAsync(string code, string name, string shortName, UnitKind kind, Guid? parent, string province, CancellationToken ct)
    {
        var existing = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id.Value).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        _report.AppendLine(CultureInfo.InvariantCulture, $"+ unit {code}: {name}");
        using var ids = EntityIds.Deterministic(DemoIds.UnitKey(code));
        return (await sender.Send(new CreateUnitCommand(code, name, shortName, kind, parent, province, new DateOnly(2000, 1, 1)), ct)).Id;
    }

    private async Task<Guid> ClusterAsync(string name, ClusterKind kind, Guid authority, string description, CancellationToken ct)
    {
        var authorityId = new UnitId(authority);
        var existing = await db.Clusters.Where(c => c.ManagingAuthorityId == authorityId && c.Name == name)
            .Select(c => (Guid?)c.Id.Value).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        _report.AppendLine(CultureInfo.InvariantCulture, $"+ {kind.ToString().ToLowerInvariant()} {name}");
        using var ids = EntityIds.Deterministic(DemoIds.ClusterKey(authority, name));
        return (await sender.Send(new CreateClusterCommand(name, kind, authority, description, null), ct)).Id;
    }

    private async Task TermAsync(Guid cluster, int year, Guid[] members, Guid? head, Guid? deputy, DocumentInput? election, CancellationToken ct)
    {
        var clusterId = new ClusterId(cluster);
        if (await db.Clusters.AnyAsync(c => c.Id == clusterId && c.Terms.Any(t => t.Year == year), ct))
        {
            return;
        }

        _report.AppendLine(CultureInfo.InvariantCulture, $"+ term {year} with {members.Length} member(s)");
        var electionInput = head is { } h && election is not null ? new ClusterElectionInput(h, deputy, election) : null;
        using var ids = EntityIds.Deterministic(DemoIds.TermKey(cluster, year));
        await sender.Send(new DefineClusterTermCommand(cluster, year, members, electionInput, null), ct);
    }
}
