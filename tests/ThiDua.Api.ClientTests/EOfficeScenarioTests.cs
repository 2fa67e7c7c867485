using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Client;

namespace ThiDua.Api.ClientTests;

/// <summary>
/// The e-office scenario of the contract (issue 11, "Generated clients in CI"): a Sở Y tế's document-management software
/// drives ThiDua through the C# client generated from openapi/v1.json, against the real API and PostgreSQL.
/// </summary>
public sealed class EOfficeScenarioTests(ThiDuaApiFactory factory) : ClientScenarioBase(factory)
{
    private ThiDuaClient Admin => ClientAs(Roles.Admin);

    private async Task<UnitDetailsDto> UnitAsync(string code, string name, UnitKind kind, string province, Guid? parentId = null) =>
        (await Admin.CreateUnitAsync(null, new CreateUnitRequest
        {
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = parentId,
            Province = province,
            ValidFrom = new DateOnly(2000, 1, 1),
        }, Ct)).Result;

    [Fact]
    public async Task Units_ArePagedByCursor_AndAClusterIsFoundWithoutAccents()
    {
        var sở = await UnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", UnitKind.Department, "Hà Nam");
        string[] hospitals = ["BVDK-HNAM", "BVSN-HNAM", "BVPS-HNAM", "BVYHCT-HNAM", "BVLAO-HNAM"];
        foreach (var code in hospitals)
        {
            await UnitAsync(code, $"Bệnh viện {code}", UnitKind.Hospital, "Hà Nam", sở.Id);
        }

        await UnitAsync("TTYT-DTIEN", "Trung tâm Y tế huyện Duy Tiên", UnitKind.Centre, "Hà Nam", sở.Id);

        var pages = new List<IReadOnlyList<UnitSummaryDto>>();
        string? cursor = null;
        do
        {
            var page = (await Admin.ListUnitsAsync(null, UnitKind.Hospital, UnitStatus.Active, sở.Id, null, 2, cursor, null, Ct)).Result;
            pages.Add(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 10);

        pages.Select(p => p.Count).ShouldBe([2, 2, 1]);
        pages.SelectMany(p => p).Select(u => u.Code).ShouldBe(hospitals, ignoreOrder: true);
        pages.SelectMany(p => p).ShouldAllBe(u => u.Kind == UnitKind.Hospital && u.Status == UnitStatus.Active && u.ParentId == sở.Id);

        var cluster = (await Admin.CreateClusterAsync(null, new ClusterRequest
        {
            Name = "Cụm thi đua số 2 – Khối Bệnh viện tuyến tỉnh",
            Kind = ClusterKind.Cluster,
            ManagingAuthorityId = sở.Id,
        }, Ct)).Result;
        await Admin.CreateClusterAsync(null, new ClusterRequest { Name = "Khối Trung tâm Y tế huyện", Kind = ClusterKind.Block, ManagingAuthorityId = sở.Id }, Ct);

        var found = (await Admin.ListClustersAsync("cum thi dua so 2", null, null, null, null, null, null, Ct)).Result;
        var blocks = (await Admin.ListClustersAsync("TRUNG TAM Y TE", ClusterKind.Block, sở.Id, null, null, null, null, Ct)).Result;

        found.Items.ShouldHaveSingleItem().Id.ShouldBe(cluster.Id);
        found.Items[0].Name.ShouldBe("Cụm thi đua số 2 – Khối Bệnh viện tuyến tỉnh");
        blocks.Items.ShouldHaveSingleItem().Kind.ShouldBe(ClusterKind.Block);
    }

    [Fact]
    public async Task CovenantRanking_IsReadAndItsSpreadsheetDownloadsAsBytes()
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await UnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", UnitKind.Department, "Hà Nam");
        var units = new List<UnitDetailsDto>();
        for (var i = 1; i <= 3; i++)
        {
            units.Add(await UnitAsync($"BV-{i:D2}", $"Bệnh viện số {i}", UnitKind.Hospital, "Hà Nam", sở.Id));
        }

        var cluster = (await Admin.CreateClusterAsync(null, new ClusterRequest { Name = "Cụm thi đua số 2", Kind = ClusterKind.Cluster, ManagingAuthorityId = sở.Id }, Ct)).Result;
        await Admin.DefineClusterTermAsync(cluster.Id, 2023, null, new DefineClusterTermRequest
        {
            MemberUnitIds = [.. units.Select(u => u.Id)],
            Election = new ClusterElectionRequest
            {
                HeadUnitId = units[0].Id,
                DeputyUnitId = units[1].Id,
                Document = new DocumentRequest { Number = "01/BB-CTĐ", Date = new DateOnly(2022, 12, 15), Issuer = "Cụm thi đua số 2" },
            },
        }, Ct);
        var covenant = (await Admin.DraftCovenantAsync(null, new DraftCovenantRequest
        {
            ClusterId = cluster.Id,
            Year = 2023,
            Title = "Giao ước thi đua năm 2023",
            ScaleMax = 100m,
            SigningDeadline = new DateOnly(2023, 3, 31),
            Contents = [new CovenantContentInput { Number = 1, Title = "Chuyên môn" }, new CovenantContentInput { Number = 2, Title = "Kỷ luật" }],
            Criteria =
            [
                new CovenantCriterionInput { Code = "1.1", ContentNumber = 1, Description = "Chỉ tiêu chuyên môn", MaxPoints = 60m },
                new CovenantCriterionInput { Code = "2.1", ContentNumber = 2, Description = "Không có vi phạm nghiêm trọng", MaxPoints = 40m, IsGate = true },
            ],
            BonusRules = [new CovenantRuleInput { Code = "B1", Description = "Sáng kiến", Cap = 5m }],
            PenaltyRules = [new CovenantRuleInput { Code = "P1", Description = "Báo cáo chậm", Cap = 10m }],
        }, Ct)).Result;
        await Admin.OpenCovenantForSigningAsync(covenant.Id, null, null, null, Ct);
        foreach (var unit in units)
        {
            await Admin.SignCovenantAsync(covenant.Id, null, new SignCovenantRequest { UnitId = unit.Id, SignatoryName = $"Giám đốc {unit.Code}" }, Ct);
        }

        Factory.Clock.Now = new DateTimeOffset(2023, 12, 10, 9, 0, 0, TimeSpan.FromHours(7));
        await Admin.OpenCovenantForScoringAsync(covenant.Id, null, null, null, Ct);
        decimal[][] scores = [[50m, 40m, 2.5m], [55.5m, 40m, 0m], [58m, 30m, 5m]];
        for (var i = 0; i < units.Count; i++)
        {
            var officer = ClientAs(Roles.UnitOfficer, units[i].Id);
            await officer.RecordAssessmentAsync(covenant.Id, units[i].Id, AssessorKind.Self, null, new RecordAssessmentRequest
            {
                Criteria = [new ScoreInput { Code = "1.1", Points = scores[i][0] }, new ScoreInput { Code = "2.1", Points = scores[i][1] }],
                Bonuses = [new ScoreInput { Code = "B1", Points = scores[i][2] }],
            }, Ct);
        }

        var ranking = await Admin.GetCovenantRankingAsync(covenant.Id, null, Ct);
        using var spreadsheet = await Admin.ExportCovenantRankingAsync(covenant.Id, Ct);
        using var bytes = new MemoryStream();
        await spreadsheet.Stream.CopyToAsync(bytes, Ct);

        ranking.StatusCode.ShouldBe(200);
        Header(ranking, "ETag").ShouldStartWith("\"");
        ranking.Result.Units.Select(u => (u.Unit.Code, u.Rank, u.Total, u.PassesGates)).ShouldBe(
        [
            ("BV-02", 1, 95.5m, true),
            ("BV-01", 2, 92.5m, true),
            ("BV-03", 3, 93m, false),
        ]);
        ranking.Result.Units[2].FailedGates.ShouldBe(["2.1"]);
        ranking.Result.LeadingUnits.ShouldHaveSingleItem().Code.ShouldBe("BV-02");
        spreadsheet.StatusCode.ShouldBe(200);
        Header(spreadsheet, "Content-Type").ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        bytes.Length.ShouldBeGreaterThan(1000);
        bytes.ToArray()[..4].ShouldBe(new byte[] { 0x50, 0x4B, 0x03, 0x04 }); // an OOXML file is a ZIP archive
    }

    [Fact]
    public async Task Campaign_IsDraftedLaunchedAndRegisteredFor_WithAStaleIfMatchRefusedAndAnIdempotentReplay()
    {
        Factory.Clock.Now = new DateTimeOffset(2020, 7, 10, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await UnitAsync("SYT-THA", "Sở Y tế Thanh Hóa", UnitKind.Department, "Thanh Hóa");
        var hospital = await UnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", UnitKind.Hospital, "Thanh Hóa", sở.Id);
        var plan = new DraftCampaignRequest
        {
            LaunchingAuthorityId = sở.Id,
            Title = "Phong trào thi đua yêu nước năm 2020",
            Theme = "Cán bộ, công chức, viên chức, lao động ngành y tế Thanh Hóa phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ",
            Kind = CampaignKind.Regular,
            PeriodStart = new DateOnly(2020, 6, 26),
            PeriodEnd = new DateOnly(2020, 12, 31),
            Letter = new LaunchLetterInput { Number = "1975/SYT-VP", Date = new DateOnly(2020, 7, 1), SignerName = "Trịnh Hữu Hùng", SignerTitle = "Giám đốc" },
            Phases =
            [
                new PhaseInput { Name = "Đợt 1", Start = new DateOnly(2020, 6, 26), End = new DateOnly(2020, 7, 27) },
                new PhaseInput { Name = "Đợt 2", Start = new DateOnly(2020, 7, 28), End = new DateOnly(2020, 12, 31) },
            ],
            Contents =
            [
                new ContentInput { Code = "2.1", Text = "Tổ chức phát động, hưởng ứng các phong trào thi đua yêu nước" },
                new ContentInput { Code = "2.3", Text = "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", Target = new TargetInput { Value = 100m, UnitOfMeasure = "%" } },
            ],
            RegistrationDeadline = new DateOnly(2020, 7, 31),
        };
        var council = ClientAs(Roles.Council, sở.Id);

        var drafted = await council.DraftCampaignAsync("eoffice-1975/SYT-VP", plan, Ct);
        var replayed = await council.DraftCampaignAsync("eoffice-1975/SYT-VP", plan, Ct);
        var drafts = (await council.ListCampaignsAsync(null, sở.Id, CampaignKind.Regular, CampaignStatus.Draft, null, null, null, Ct)).Result;
        var launched = await council.LaunchCampaignAsync(drafted.Result.Id, Header(drafted, "ETag"), null, Ct);

        drafted.StatusCode.ShouldBe(201);
        HasHeader(drafted, "Idempotent-Replayed").ShouldBeFalse();
        replayed.StatusCode.ShouldBe(201);
        Header(replayed, "Idempotent-Replayed").ShouldBe("true");
        replayed.Result.Id.ShouldBe(drafted.Result.Id);
        drafts.Items.ShouldHaveSingleItem().Id.ShouldBe(drafted.Result.Id);
        launched.Result.Status.ShouldBe(CampaignStatus.Launched);
        Header(launched, "ETag").ShouldNotBe(Header(drafted, "ETag"));

        var officer = ClientAs(Roles.UnitOfficer, hospital.Id);
        var registration = new RegistrationRequest
        {
            TargetTitles = ["CO_THI_DUA_TINH"],
            Models = [new EmulationModelInput { Name = "Đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh", ExpectedResults = "Tỷ lệ hài lòng ≥ 95%" }],
            IndividualTargets = [new IndividualTargetInput { FullName = "Lê Văn Hải", Position = "Trưởng khoa Hồi sức", TargetTitle = "CSTDCS" }],
        };
        var registered = await officer.SubmitRegistrationAsync(launched.Result.Id, hospital.Id, null, registration, Ct);
        registration.TargetTitles = ["CO_THI_DUA_TINH", "CO_THI_DUA_CP"];
        var revised = await officer.SubmitRegistrationAsync(launched.Result.Id, hospital.Id, Header(registered, "ETag"), registration, Ct);
        registration.TargetTitles = ["CO_THI_DUA_CP"];

        registered.StatusCode.ShouldBe(201);
        registered.Result.Status.ShouldBe(RegistrationStatus.Submitted);
        registered.Result.Unit.Id.ShouldBe(hospital.Id);
        revised.StatusCode.ShouldBe(200);
        revised.Result.TargetTitles.Select(t => t.Code).ShouldBe(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]);
        await ShouldBeProblemAsync(
            () => officer.SubmitRegistrationAsync(launched.Result.Id, hospital.Id, Header(registered, "ETag"), registration, Ct),
            412,
            ThiDua.Application.Common.Exceptions.PreconditionFailedException.Code);
        var listed = (await council.ListRegistrationsAsync(launched.Result.Id, RegistrationStatus.Submitted, null, null, null, Ct)).Result;
        listed.Items.ShouldHaveSingleItem().TargetTitles.Select(t => t.Code).ShouldBe(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]);
    }

    [Fact]
    public async Task Nomination_IsDraftedAndSubmitted_AndTheEOfficeReadsIt()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await UnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", UnitKind.Department, "Hà Nam");
        var hospital = await UnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", UnitKind.Hospital, "Hà Nam", sở.Id);
        var lan = (await Admin.RegisterPersonAsync(null, new RegisterPersonRequest
        {
            FullName = "Nguyễn Thị Lan",
            Gender = Gender.Female,
            UnitId = hospital.Id,
            Position = "Bác sĩ",
            EmployedFrom = new DateOnly(2015, 1, 1),
        }, Ct)).Result;
        await Admin.RecordPersonRatingAsync(lan.Id, 2025, new RatingRequest { Rating = PerformanceRating.Excellent }, Ct);
        var officer = ClientAs(Roles.UnitOfficer, hospital.Id);

        var drafted = await officer.DraftNominationAsync(null, new DraftNominationRequest
        {
            ProposingUnitId = hospital.Id,
            Year = 2025,
            Title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Ct);
        var proposed = await officer.ProposeNomineeAsync(drafted.Result.Id, Header(drafted, "ETag"), null, new ProposeNomineeRequest
        {
            PersonId = lan.Id,
            AwardTypeCode = "CSTDCS",
            AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025",
            Evidence = ["Báo cáo thành tích (Mẫu 05)"],
        }, Ct);
        // The dossier travels with its submission (tờ trình), stored as a document first (ADR 0029).
        var submission = await officer.UploadDocumentAsync(null, new DocumentMetadataRequest
        {
            AgencyCode = "000.00.00.H32",
            AgencyName = "Bệnh viện Đa khoa tỉnh Hà Nam",
            Number = "112",
            Notation = "TTr-BVĐK",
            IssuedOn = new DateOnly(2025, 11, 28),
            Type = DocumentType.Submission,
            Subject = "Đề nghị công nhận danh hiệu thi đua năm 2025",
            SignerPosition = "Giám đốc",
            SignerName = "Phạm Văn Minh",
            Recipients = ["Sở Y tế Hà Nam", "Lưu: VT, TCCB"],
        }, null!, Ct);
        var submitted = await officer.SubmitNominationAsync(
            drafted.Result.Id, Header(proposed, "ETag"), "eoffice-nomination-2025", new SubmitRequest { Submission = new DocumentRequest { DocumentId = submission.Result.Id } }, Ct);
        var eOffice = ClientAs(Roles.Integration, subject: ThiDuaApiFactory.EOfficeClient, scopes: [Scopes.Read]);
        var inbox = (await eOffice.ListNominationsAsync(null, 2025, NominationStatus.Submitted, null, null, Ct)).Result;
        var dossier = (await eOffice.GetNominationAsync(drafted.Result.Id, null, Ct)).Result;

        drafted.StatusCode.ShouldBe(201);
        drafted.Result.Status.ShouldBe(NominationStatus.Draft);
        proposed.StatusCode.ShouldBe(201);
        submission.StatusCode.ShouldBe(201);
        submitted.Result.Status.ShouldBe(NominationStatus.Submitted);
        submitted.Result.Submission.ShouldNotBeNull().DocumentId.ShouldBe(submission.Result.Id);
        submitted.Result.RuleSet.ShouldBe("LAW22-ND152");
        var line = submitted.Result.Lines.ShouldHaveSingleItem();
        line.NomineeName.ShouldBe("Nguyễn Thị Lan");
        line.AwardType.Code.ShouldBe("CSTDCS");
        line.Eligibility.ShouldNotBeNull().IsEligible.ShouldBe(true);
        inbox.Items.ShouldHaveSingleItem().Id.ShouldBe(drafted.Result.Id);
        dossier.Status.ShouldBe(NominationStatus.Submitted);
        dossier.Version.ShouldBe(submitted.Result.Version);
    }
}
