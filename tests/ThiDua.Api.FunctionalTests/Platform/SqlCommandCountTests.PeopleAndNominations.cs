using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.DataImports;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The people and nomination reads send a number of SQL commands that does not grow with what they show (issue 13: no
/// N+1): a person's history, a page's size, a dossier's lines and the units they name. Counted as
/// <see cref="SqlCommandCountTests"/> counts, for an administrator and for a council (whose reads check each unit
/// against its authority).
/// </summary>
public sealed class PeopleAndNominationsSqlCommandCountTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task APersonsDetails_SendTheSameStatements_WhateverTheirHistory()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var authority = await Admin.CreateUnitAsync("SYT-PD", kind: "department");
        var hospital = await Admin.CreateUnitAsync("BV-PD", parentId: authority.Id);
        var clinics = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            clinics.Add((await Admin.CreateUnitAsync($"PK-PD-{i}", parentId: authority.Id)).Id);
        }

        var newcomer = await RegisterAsync("Trần Văn Mới", hospital.Id);
        var veteran = await RegisterAsync("Lê Thị Lâu", hospital.Id);
        for (var year = 2019; year <= 2024; year++)
        {
            (await Admin.PutAsJsonAsync($"/api/v1/people/{veteran.Id}/ratings/{year}", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        }

        for (var i = 0; i < clinics.Count; i++)
        {
            (await Admin.PostAsJsonAsync($"/api/v1/people/{veteran.Id}/transfers", new { unitId = clinics[i], position = $"Bác sĩ {i}", from = $"202{i + 1}-01-01" }, Json, Ct))
                .EnsureSuccessStatusCode();
        }

        var council = ClientFor(Roles.Council, authority.Id);
        var (fresh, freshAdmin) = await SendCountingAsync<PersonDto>(Admin, HttpMethod.Get, $"/api/v1/people/{newcomer.Id}");
        var (old, oldAdmin) = await SendCountingAsync<PersonDto>(Admin, HttpMethod.Get, $"/api/v1/people/{veteran.Id}");
        var (_, freshCouncil) = await SendCountingAsync<PersonDto>(council, HttpMethod.Get, $"/api/v1/people/{newcomer.Id}");
        var (oldSeenByCouncil, oldCouncil) = await SendCountingAsync<PersonDto>(council, HttpMethod.Get, $"/api/v1/people/{veteran.Id}");

        fresh.Employments.ShouldHaveSingleItem();
        old.Employments.Count.ShouldBe(5);
        old.Ratings!.Count.ShouldBe(6);
        oldSeenByCouncil.Ratings!.Count.ShouldBe(6);
        oldAdmin.Count.ShouldBe(freshAdmin.Count, string.Join("\n---\n", oldAdmin));
        oldCouncil.Count.ShouldBe(freshCouncil.Count, string.Join("\n---\n", oldCouncil));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task APeopleListOrSearchPage_SendsTheSameStatements_WhateverItsSize(int limit)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-PL{limit}", kind: "department");
        var surname = limit == 1 ? "Khúc" : "Mạc";
        var units = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var unit = (await Admin.CreateUnitAsync($"BV-PL{limit}-{i}", parentId: authority.Id)).Id;
            units.Add(unit);
            await RegisterAsync($"{surname} Thị Hoa", unit);
            await RegisterAsync($"{surname} Văn Hùng", unit);
        }

        var (one, oneCommands) = await SendCountingAsync<Page<PersonSummaryDto>>(Admin, HttpMethod.Get, $"/api/v1/people?unitId={units[0]}&limit={limit}");
        var (search, searchCommands) = await SendCountingAsync<Page<PersonSummaryDto>>(Admin, HttpMethod.Get, $"/api/v1/people?q={Uri.EscapeDataString(surname)}&limit={limit}");

        one.Items.Count.ShouldBe(Math.Min(limit, 2));
        search.Items.Count.ShouldBe(Math.Min(limit, 6));

        // The page's rows, then their units' references: two statements; a search first finds the page's ids: three.
        oneCommands.Count.ShouldBe(2, string.Join("\n---\n", oneCommands));
        searchCommands.Count.ShouldBe(3, string.Join("\n---\n", searchCommands));
    }

    /// <summary>
    /// A dossier with 1, 2 or 200 lines is read in the same statements, for an administrator and for a council over
    /// it, although each collective line names another unit whose staff's personal data the council may or may not see;
    /// and a line written on it (a justification, one more line proposed, the first line removed and the others renumbered)
    /// sends the same statements too (ADR 0036, amendment: a line write does not grow with the dossier).
    /// </summary>
    [Fact]
    public async Task ADossier_IsReadAndWrittenInTheSameStatements_ForOneTwoAndTwoHundredLines()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var authority = await Admin.CreateUnitAsync("SYT-ND", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var counts = new Dictionary<int, (int Admin, int Council, int List)>();
        var writes = new Dictionary<int, (IReadOnlyList<string> Justify, IReadOnlyList<string> Propose, IReadOnlyList<string> Remove)>();
        foreach (var lines in new[] { 1, 2, 200 })
        {
            var dossier = await CollectiveDossierAsync(authority.Id, $"ND{lines}", lines);
            var council = ClientFor(Roles.Council, authority.Id);
            var (read, adminCommands) = await SendCountingAsync<NominationDto>(Admin, HttpMethod.Get, $"/api/v1/nominations/{dossier.Id}");
            var (councilRead, councilCommands) = await SendCountingAsync<NominationDto>(council, HttpMethod.Get, $"/api/v1/nominations/{dossier.Id}");
            var (list, listCommands) = await SendCountingAsync<Page<NominationSummaryDto>>(council, HttpMethod.Get, "/api/v1/nominations?limit=50");

            read.Lines.Count.ShouldBe(lines);
            councilRead.Lines.Count.ShouldBe(lines);
            list.Items.ShouldContain(n => n.Id == dossier.Id && n.Lines == lines);
            counts[lines] = (adminCommands.Count, councilCommands.Count, listCommands.Count);
            if (lines == 200)
            {
                councilCommands.Count.ShouldBe(counts[1].Council, string.Join("\n---\n", councilCommands));
            }

            var (justified, justifyCommands) = await SendCountingAsync<NominationDto>(
                Admin, HttpMethod.Put, $"/api/v1/nominations/{dossier.Id}/lines/{read.Lines[^1].Id}/justification", new { justification = "Khoa có nhiều đóng góp trong năm 2025" });
            var (proposed, proposeCommands) = await SendCountingAsync<NominationDto>(Admin, HttpMethod.Post, $"/api/v1/nominations/{dossier.Id}/lines", new
            {
                unitId = read.ProposingUnit.Id, awardTypeCode = "TTLDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 01)" },
            });

            // Removing the first line moves every later line up (số thứ tự without gaps): one batch, whatever the count.
            var (removed, removeCommands) = await SendCountingAsync<NominationDto>(Admin, HttpMethod.Delete, $"/api/v1/nominations/{dossier.Id}/lines/{proposed.Lines[0].Id}");

            justified.Lines.Count.ShouldBe(lines);
            justified.Lines[^1].Justification.ShouldBe("Khoa có nhiều đóng góp trong năm 2025");
            proposed.Lines.Count.ShouldBe(lines + 1);
            proposed.Lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, lines + 1));
            removed.Lines.Select(l => l.Id).ShouldBe(proposed.Lines.Skip(1).Select(l => l.Id));
            removed.Lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, lines));
            writes[lines] = (justifyCommands, proposeCommands, removeCommands);
        }

        counts[2].ShouldBe(counts[1]);
        counts[200].ShouldBe(counts[1]);
        foreach (var lines in new[] { 2, 200 })
        {
            writes[lines].Justify.Count.ShouldBe(writes[1].Justify.Count, string.Join("\n---\n", writes[lines].Justify));
            writes[lines].Propose.Count.ShouldBe(writes[1].Propose.Count, string.Join("\n---\n", writes[lines].Propose));
            writes[lines].Remove.Count.ShouldBe(writes[1].Remove.Count, string.Join("\n---\n", writes[lines].Remove));
        }
    }

    /// <summary>
    /// Submitting a dossier reads its collective lines' facts (members and their titles, lineage awards, cluster
    /// standings) as a set: 1, 2 and 50 collective lines send the same statements (ADR 0036, amendment); so does then
    /// the council's vote on one line of the dossier under review.
    /// </summary>
    [Fact]
    public async Task ASubmissionOfCollectiveLines_SendsTheSameStatements_ForOneTwoAndFifty()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var authority = await Admin.CreateUnitAsync("SYT-NS", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var counts = new Dictionary<int, IReadOnlyList<string>>();
        var votes = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var lines in new[] { 1, 2, 50 })
        {
            var dossier = await CollectiveDossierAsync(authority.Id, $"NS{lines}", lines);
            var (submitted, commands) = await SendCountingAsync<NominationDto>(Admin, HttpMethod.Post, $"/api/v1/nominations/{dossier.Id}/submit", await Admin.SubmissionBodyAsync());

            submitted.Status.ShouldBe(Domain.Nominations.NominationStatus.Submitted);
            submitted.Lines.Count.ShouldBe(lines);
            submitted.Lines.ShouldAllBe(l => l.Eligibility!.IsEligible == true);
            counts[lines] = commands;

            var council = ClientFor(Roles.Council, authority.Id);
            (await council.PostAsJsonAsync($"/api/v1/nominations/{dossier.Id}/council-review", new { }, Json, Ct)).EnsureSuccessStatusCode();
            var (voted, voteCommands) = await SendCountingAsync<NominationDto>(
                council, HttpMethod.Put, $"/api/v1/nominations/{dossier.Id}/lines/{submitted.Lines[^1].Id}/vote", new { members = 9, present = 9, yes = 8 });
            voted.Lines[^1].Vote!.Passed.ShouldBeTrue();
            votes[lines] = voteCommands;
        }

        counts[2].Count.ShouldBe(counts[1].Count, string.Join("\n---\n", counts[2]));
        counts[50].Count.ShouldBe(counts[1].Count, string.Join("\n---\n", counts[50]));

        // A line's vote on the dossier under review: the same statements whatever the dossier's size.
        votes[2].Count.ShouldBe(votes[1].Count, string.Join("\n---\n", votes[2]));
        votes[50].Count.ShouldBe(votes[1].Count, string.Join("\n---\n", votes[50]));
    }

    /// <summary>
    /// A dossier of the authority's hospital proposing <paramref name="lines"/> collectives: the hospital's departments,
    /// one unit each, every one rated "good" for 2025 with one member, rated and Lao động tiên tiến in 2025. The
    /// departments, members, ratings and past awards come in one Excel import (ADR 0033), the lines one request each.
    /// </summary>
    private async Task<NominationDto> CollectiveDossierAsync(Guid authorityId, string code, int lines)
    {
        var hospital = await Admin.CreateUnitAsync($"BV-{code}", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: authorityId, province: "Hà Nam");
        var numbers = Enumerable.Range(0, lines).ToList();
        await Admin.ImportAsync(TestWorkbooks.Write(
            units: numbers.Select(i => new Dictionary<string, string>
            {
                [UnitColumns.Code] = $"K-{code}-{i:000}", [UnitColumns.Name] = $"Khoa {i:000}", [UnitColumns.Kind] = "Khác", [UnitColumns.ParentCode] = hospital.Code,
                [UnitColumns.Province] = "Hà Nam", [UnitColumns.ValidFrom] = "01/01/2000",
            }).ToList(),
            people: numbers.Select(i => new Dictionary<string, string>
            {
                [PersonColumns.FullName] = $"Đỗ Thị Mai {code}-{i}", [PersonColumns.Gender] = "Nữ", [PersonColumns.CivilServantCode] = $"{code}-{i:000}",
                [PersonColumns.UnitCode] = $"K-{code}-{i:000}", [PersonColumns.Position] = "Bác sĩ", [PersonColumns.EmployedFrom] = "01/01/2015",
            }),
            ratings: numbers.Select(i => new Dictionary<string, string>
            {
                [RatingColumns.CivilServantCode] = $"{code}-{i:000}", [RatingColumns.Year] = "2025", [RatingColumns.Rating] = "Hoàn thành xuất sắc nhiệm vụ",
            }).ToList(),
            unitRatings: numbers.Select(i => TestWorkbooks.UnitRating($"K-{code}-{i:000}", 2025)).ToList(),
            awards: numbers.Select(i => TestWorkbooks.Award(
                TestWorkbooks.ByCivilServantCode($"{code}-{i:000}"), "LDTT", 2025, "Công trạng", $"{i + 1}/QĐ-BV", "25/11/2025", "Bệnh viện Đa khoa tỉnh Hà Nam"))), Ct);
        var departments = (await ReadAsync<Page<UnitSummaryDto>>(await Admin.GetAsync($"/api/v1/units?parentId={hospital.Id}&limit={PageRequest.MaxLimit}", Ct))).Items
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        departments.Select(u => u.Code).ShouldBe(numbers.Select(i => $"K-{code}-{i:000}"));
        var nomination = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = hospital.Id, year = 2025, title = "Đề nghị công nhận danh hiệu Tập thể lao động tiên tiến năm 2025",
        }, Json, Ct));
        foreach (var department in departments)
        {
            var line = await Admin.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                unitId = department.Id, awardTypeCode = "TTLDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 01)" },
            }, Json, Ct);
            line.StatusCode.ShouldBe(HttpStatusCode.Created, await line.Content.ReadAsStringAsync(Ct));
        }

        return nomination;
    }

    private async Task<PersonDto> RegisterAsync(string fullName, Guid unitId) =>
        await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName, gender = "female", unitId, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct));

    private async Task<(T Body, IReadOnlyList<string> Commands)> SendCountingAsync<T>(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonBody(body) };
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var response = await client.SendAsync(request, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<T>(Json, Ct))!, Factory.SqlCommands.For(tag));
    }
}
