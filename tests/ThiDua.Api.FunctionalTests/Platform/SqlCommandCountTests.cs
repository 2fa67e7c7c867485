using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The main reads send a number of SQL commands that does not grow with the data they show (issue 13: no N+1):
/// counted on the API's own connection while it serves one request, for 0, 1, 2 and many related rows.
/// </summary>
public sealed class SqlCommandCountTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(12)]
    public async Task AUnitsDetails_AreOneStatement_WhateverItsPredecessorsAndLineage(int predecessors)
    {
        var parent = await Admin.CreateUnitAsync($"SYT-P{predecessors}", kind: "department");
        var unit = await Admin.CreateUnitAsync($"TTYT-S{predecessors}", parentId: parent.Id);
        for (var i = 0; i < predecessors; i++)
        {
            var merged = await Admin.CreateUnitAsync($"TYT-M{predecessors}-{i:00}", parentId: parent.Id);
            (await Admin.PostAsJsonAsync($"/api/v1/units/{merged.Id}/lineage-events", new
            {
                type = "merge",
                effectiveOn = "2025-07-01",
                successorId = unit.Id,
                legalBasis = TestData.LegalBasis($"{100 + i}/QĐ-UBND", "2025-06-20"),
            }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var (details, commands) = await ReadCountingAsync<UnitDetailsDto>($"/api/v1/units/{unit.Id}");

        details.Parent!.Id.ShouldBe(parent.Id);
        details.Predecessors.Count.ShouldBe(predecessors);
        commands.Count.ShouldBe(1, string.Join("\n---\n", commands));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task AUnitListPage_IsOneStatement_WhateverItsSize(int limit)
    {
        var parent = await Admin.CreateUnitAsync($"SYT-L{limit}", kind: "department");
        for (var i = 0; i < 3; i++)
        {
            await Admin.CreateUnitAsync($"TYT-L{limit}-{i}", parentId: parent.Id);
        }

        var (page, commands) = await ReadCountingAsync<Page<UnitSummaryDto>>($"/api/v1/units?parentId={parent.Id}&limit={limit}");

        page.Items.Count.ShouldBe(Math.Min(limit, 3));
        commands.Count.ShouldBe(1, string.Join("\n---\n", commands));
    }

    /// <summary>
    /// Issue 13 target 3: a cluster read, and signing a covenant, do not grow with the number of years. A cluster with
    /// five earlier years of terms (members and elections each year) sends the same statements as one with a single
    /// year, and none of them reads another year's members or elections.
    /// </summary>
    [Fact]
    public async Task AClusterReadAndACovenantSignature_SendTheSameStatements_WhateverTheClustersEarlierYears()
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var young = await ClusterWithCovenantAsync("Y", earlierYears: 0);
        var old = await ClusterWithCovenantAsync("O", earlierYears: 5);

        var (youngCluster, youngRead) = await ReadCountingAsync<ClusterDetailsDto>($"/api/v1/clusters/{young.Cluster}");
        var (oldCluster, oldRead) = await ReadCountingAsync<ClusterDetailsDto>($"/api/v1/clusters/{old.Cluster}");
        var (youngCovenant, youngCovenantRead) = await ReadCountingAsync<CovenantDetailsDto>($"/api/v1/covenants/{young.Covenant}");
        var (oldCovenant, oldCovenantRead) = await ReadCountingAsync<CovenantDetailsDto>($"/api/v1/covenants/{old.Covenant}");
        var (youngSigned, youngSigning) = await SendCountingAsync<CovenantDetailsDto>(
            HttpMethod.Post, $"/api/v1/covenants/{young.Covenant}/signatures", new { unitId = young.Members[0] });
        var (oldSigned, oldSigning) = await SendCountingAsync<CovenantDetailsDto>(
            HttpMethod.Post, $"/api/v1/covenants/{old.Covenant}/signatures", new { unitId = old.Members[0] });

        youngCluster.TermYears.ShouldBe([2023]);
        oldCluster.TermYears.ShouldBe([2018, 2019, 2020, 2021, 2022, 2023]);
        oldCovenant.AwaitingSignature.Count.ShouldBe(3);
        youngCovenant.AwaitingSignature.Count.ShouldBe(3);
        oldSigned.Signatures.ShouldHaveSingleItem();
        youngSigned.Signatures.ShouldHaveSingleItem();
        oldRead.ShouldBe(youngRead);
        oldCovenantRead.ShouldBe(youngCovenantRead);
        oldSigning.ShouldBe(youngSigning);
        oldRead.ShouldNotContain(c => c.Contains("cluster_members", StringComparison.Ordinal) || c.Contains("cluster_elections", StringComparison.Ordinal),
            string.Join("\n---\n", oldRead));
        foreach (var command in oldCovenantRead.Concat(oldSigning).Where(c => c.Contains("cluster_members", StringComparison.Ordinal)))
        {
            command.ShouldContain(".year = ", Case.Sensitive, command);
        }
    }

    /// <summary>
    /// The ranking is a fixed number of statements (the covenant, its signatures, the cluster's name, the scores, the units'
    /// references) whatever the number of units and assessors, and reads no change log.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ARanking_IsFiveStatements_WhateverTheUnitsAndAssessments_AndReadsNoChangeLog(int members)
    {
        Factory.Clock.Now = new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero);
        var arranged = await ClusterWithCovenantAsync($"R{members}", earlierYears: 1, members);
        foreach (var unit in arranged.Members)
        {
            (await Admin.PostAsJsonAsync($"/api/v1/covenants/{arranged.Covenant}/signatures", new { unitId = unit }, Json, Ct)).EnsureSuccessStatusCode();
        }

        Factory.Clock.Now = new DateTimeOffset(2023, 12, 10, 1, 0, 0, TimeSpan.Zero);
        (await Admin.PostAsync($"/api/v1/covenants/{arranged.Covenant}/open-for-scoring", null, Ct)).EnsureSuccessStatusCode();
        foreach (var unit in arranged.Members)
        {
            foreach (var assessor in new[] { "self", "verified" })
            {
                (await Admin.PutAsJsonAsync($"/api/v1/covenants/{arranged.Covenant}/assessments/{unit}?assessor={assessor}", new
                {
                    criteria = new[] { new { code = "1.1", points = 50m }, new { code = "2.1", points = 40m } },
                    note = assessor == "verified" ? "Thẩm định" : null,
                }, Json, Ct)).EnsureSuccessStatusCode();
            }
        }

        var (ranking, commands) = await ReadCountingAsync<CovenantRankingDto>($"/api/v1/covenants/{arranged.Covenant}/ranking");

        ranking.Units.Count.ShouldBe(members);
        commands.Count.ShouldBe(5, string.Join("\n---\n", commands));
        commands.ShouldNotContain(c => c.Contains("covenant_score_changes", StringComparison.Ordinal), string.Join("\n---\n", commands));
    }

    /// <summary>Submitting a dossier reads its nominees' facts in a fixed number of statements, whatever the number of lines.</summary>
    [Fact]
    public async Task ASubmission_SendsTheSameNumberOfStatements_ForOneLineAndForFive()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var authority = await Admin.CreateUnitAsync("SYT-SUB", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var hospital = await Admin.CreateUnitAsync("BV-SUB", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: authority.Id, province: "Hà Nam");
        var one = await DossierAsync(hospital.Id, 1);
        var five = await DossierAsync(hospital.Id, 5);

        var (oneSubmitted, oneCommands) = await SendCountingAsync<NominationDto>(HttpMethod.Post, $"/api/v1/nominations/{one}/submit", await Admin.SubmissionBodyAsync());
        var (fiveSubmitted, fiveCommands) = await SendCountingAsync<NominationDto>(HttpMethod.Post, $"/api/v1/nominations/{five}/submit", await Admin.SubmissionBodyAsync());

        oneSubmitted.Lines.ShouldAllBe(l => l.Eligibility!.IsEligible == true);
        fiveSubmitted.Lines.Count.ShouldBe(5);
        fiveSubmitted.Lines.ShouldAllBe(l => l.Eligibility!.IsEligible == true);
        fiveCommands.Count.ShouldBe(oneCommands.Count, string.Join("\n---\n", fiveCommands));
    }

    private async Task<Guid> DossierAsync(Guid unitId, int lines)
    {
        var nomination = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = unitId, year = 2025, title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Json, Ct));
        for (var i = 0; i < lines; i++)
        {
            var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
            {
                fullName = $"Nguyễn Thị Lan {lines}-{i}", gender = "female", unitId, position = "Bác sĩ", employedFrom = "2015-01-01",
            }, Json, Ct));
            (await Admin.PutAsJsonAsync($"/api/v1/people/{person.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
            (await Admin.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                personId = person.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" },
            }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return nomination.Id;
    }

    private async Task<(Guid Cluster, Guid Covenant, Guid[] Members)> ClusterWithCovenantAsync(string code, int earlierYears, int members = 3)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-{code}", kind: "department");
        var cluster = (await Admin.CreateClusterAsync($"Cụm thi đua {code}", authority.Id)).Id;
        var units = new Guid[members];
        for (var i = 0; i < members; i++)
        {
            units[i] = (await Admin.CreateUnitAsync($"BV-{code}-{i}", parentId: authority.Id)).Id;
        }

        for (var year = 2023 - earlierYears; year <= 2023; year++)
        {
            (await Admin.PutTermAsync(cluster, year, units, units[0], members > 1 ? units[1] : null, $"{year}/BB-CTĐ")).EnsureSuccessStatusCode();
        }

        var covenant = await Admin.OpenCovenantFor2023Async(
            cluster,
            [new { number = 1, title = "Chuyên môn" }, new { number = 2, title = "Kỷ luật" }],
            [
                new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 60m, isGate = false },
                new { code = "2.1", contentNumber = 2, description = "Không có vi phạm nghiêm trọng", maxPoints = 40m, isGate = true },
            ]);
        return (cluster, covenant, units);
    }

    private Task<(T Body, IReadOnlyList<string> Commands)> ReadCountingAsync<T>(string path) => SendCountingAsync<T>(HttpMethod.Get, path, null);

    private async Task<(T Body, IReadOnlyList<string> Commands)> SendCountingAsync<T>(HttpMethod method, string path, object? body)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonBody(body) };
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var response = await Admin.SendAsync(request, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<T>(Json, Ct))!, Factory.SqlCommands.For(tag));
    }
}
