using Microsoft.EntityFrameworkCore;
using ThiDua.Api.Cli;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Paging;
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

        counts.ShouldBe((13, 4, 4, 1, 23));
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
    }

    private Task<(int Units, int Clusters, int Terms, int Campaigns, int AuditEntries)> CountAsync() =>
        Factory.WithDbContextAsync(async db => (
            await db.Units.CountAsync(Ct),
            await db.Clusters.CountAsync(Ct),
            await db.Clusters.SelectMany(c => c.Terms).CountAsync(Ct),
            await db.Campaigns.CountAsync(Ct),
            await db.AuditEntries.CountAsync(Ct)));
}
