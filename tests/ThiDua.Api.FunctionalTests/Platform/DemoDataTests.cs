using Microsoft.EntityFrameworkCore;
using ThiDua.Api.Cli;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants;
using ThiDua.Application.EmulationClusters;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>The demo data is loaded only when asked (scripts/run.sh), from the seed documents, and loading it twice changes nothing.</summary>
public sealed class DemoDataTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>Runs the same command as scripts/run.sh: <c>ThiDua.Api seed-demo</c>, against the test database.</summary>
    private async Task SeedAsync()
    {
        var exitCode = await CommandLine.RunAsync(["seed-demo", $"--ConnectionStrings:ThiDua={Factory.ConnectionString}"]);
        exitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Tests_StartWithoutDemoData()
    {
        var units = await Factory.WithDbContextAsync(db => db.Units.CountAsync(Ct));

        units.ShouldBe(0);
    }

    [Fact]
    public async Task Seed_LoadsTheSeedDocumentsUnitsAndClusters_AndIsIdempotent()
    {
        await SeedAsync();
        var counts = await CountAsync();
        await SeedAsync();

        // 23, a unit of Thanh Hóa's sector for the movement, an illustrative member of staff with two ratings and a draft dossier (the request examples' targets), Bắc Ninh's parameters and Hà Nội's two own award types (ADR 0016), Cụm thi đua số I's 2023 term and covenant (ADR 0013); the records the statistical forms count (ADR 0034): Cụm thi đua số 7's 2023 movement (drafted and launched), three awards and Sở Y tế Hà Nội's 2025 TĐKT apparatus register (six audited commands).
        counts.ShouldBe((14, 4, 5, 2, 39));
        (await CountAsync()).ShouldBe(counts);

        var cum7 = await Factory.WithDbContextAsync(db => db.Clusters.Where(c => c.Name == "Cụm thi đua số 7").Select(c => c.Id.Value).SingleAsync(Ct));
        var term = await ReadAsync<ClusterTermDto>(await Admin.GetAsync($"/api/v1/clusters/{cum7}/terms/2023", Ct));
        term.Members.Count.ShouldBe(6);
        term.Head!.Unit.Code.ShouldBe("SGDDT-HN");
        term.Deputy!.Unit.Code.ShouldBe("SYT-HN");

        var khoi = await Factory.WithDbContextAsync(db => db.Clusters.Where(c => c.Name == "Khối thi đua tổng hợp").Select(c => c.Id.Value).SingleAsync(Ct));
        var khoi2023 = await ReadAsync<ClusterTermDto>(await Admin.GetAsync($"/api/v1/clusters/{khoi}/terms/2023", Ct));
        khoi2023.Kind.ShouldBe(ThiDua.Domain.EmulationClusters.ClusterKind.Block);
        khoi2023.Head!.Unit.Code.ShouldBe("CCDS-HNAM");
        khoi2023.Deputy!.Unit.Code.ShouldBe("TTPY-HNAM");
        khoi2023.Members.Select(m => m.Unit.Code).ShouldContain("CDYT-HNAM");

        var cum2 = await Factory.WithDbContextAsync(db => db.Clusters.Where(c => c.Name == "Cụm thi đua số 2").Select(c => c.Id.Value).SingleAsync(Ct));
        (await ReadAsync<ClusterTermDto>(await Admin.GetAsync($"/api/v1/clusters/{cum2}/terms/2018", Ct))).Head!.Unit.Code.ShouldBe("BV-PSHN");

        var letter = await ReadAsync<Page<CampaignSummaryDto>>(await Admin.GetAsync("/api/v1/campaigns?q=1975", Ct));
        letter.Items.ShouldHaveSingleItem().Status.ShouldBe(ThiDua.Domain.Campaigns.CampaignStatus.Launched);
        var campaign = await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{letter.Items[0].Id}", Ct));
        (campaign.Phases.Count, campaign.Contents.Count).ShouldBe((2, 10));
        campaign.RegistrationDeadline.ShouldBeNull(); // the letter sets none

        var covenant = await Factory.WithDbContextAsync(db => db.Covenants.Select(c => c.Id.Value).SingleAsync(Ct));
        var cum1 = await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenant}", Ct));
        (cum1.ClusterName, cum1.Year, cum1.Contents.Count).ShouldBe(("Cụm thi đua số I", 2023, 10));
        cum1.Phases.Select(p => (p.Name, p.Start, p.End)).ShouldBe(
        [
            ("Đợt I", new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30)),
            ("Đợt II", new DateOnly(2023, 5, 1), new DateOnly(2023, 7, 31)),
            ("Đợt III", new DateOnly(2023, 8, 1), new DateOnly(2023, 12, 31)),
        ]);
        cum1.Phases[0].Theme.ShouldBe("Mừng Đảng, Mừng xuân, mừng đất nước đổi mới");
    }

    [Fact]
    public async Task Seed_LoadsBacNinhsParametersAndHanoisOwnAwardTypes_Once()
    {
        await SeedAsync();
        await SeedAsync();

        var bacNinh = await ReadAsync<ThiDua.Domain.RuleSets.RuleSet>(await Admin.GetAsync("/api/v1/provinces/B%E1%BA%AFc%20Ninh/rule-set?on=2025-12-01", Ct));
        (bacNinh.AwardSessionAttendance!.Share, bacNinh.AwardSessionAttendance.LegalBasis).ShouldBe((0.8m, "86/2025/QĐ-UBND (Bắc Ninh), Điều 8.4.b"));
        bacNinh.Eligibility.AdvancedCollectiveMemberShare.ShouldBe(0.7m);
        var hanoi = await ReadAsync<Page<ThiDua.Application.AwardTypes.ListProvincialAwardTypes.ProvincialAwardTypeDto>>(
            await Admin.GetAsync("/api/v1/provinces/H%C3%A0%20N%E1%BB%99i/award-types", Ct));
        hanoi.Items.Select(t => (t.Code, t.VoteShare)).ShouldBe([("HN_CONG_DAN_THU_DO_UU_TU", 0.9m), ("HN_CO_THI_DUA_XUAT_SAC", 0.8m)]);
    }

    private Task<(int Units, int Clusters, int Terms, int Campaigns, int AuditEntries)> CountAsync() =>
        Factory.WithDbContextAsync(async db => (
            await db.Units.CountAsync(Ct),
            await db.Clusters.CountAsync(Ct),
            await db.Clusters.SelectMany(c => c.Terms).CountAsync(Ct),
            await db.Campaigns.CountAsync(Ct),
            await db.AuditEntries.CountAsync(Ct)));
}
