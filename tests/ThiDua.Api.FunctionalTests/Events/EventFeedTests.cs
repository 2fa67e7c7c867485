using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Campaigns;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Events;

/// <summary>The change feed <c>GET /api/v1/events</c> (ADR 0025): outbox rows written with the change, in commit order.</summary>
public sealed class EventFeedTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    [Fact]
    public async Task A_launch_appears_in_the_feed_naming_its_resource_authority_and_letter()
    {
        var campaign = await LaunchLetter1975Async();

        var page = await FeedAsync(Admin, null);

        var launched = page.GetProperty("items").EnumerateArray().Single();
        launched.GetProperty("specversion").GetString().ShouldBe("1.0");
        launched.GetProperty("type").GetString().ShouldBe("campaign.launched");
        launched.GetProperty("dataversion").GetString().ShouldBe("1");
        launched.GetProperty("source").GetString().ShouldBe("/api/v1");
        launched.GetProperty("subject").GetString().ShouldBe($"/api/v1/campaigns/{campaign.Id}");
        launched.GetProperty("authorityunitid").GetGuid().ShouldBe(Authority.Id);
        var data = launched.GetProperty("data");
        data.GetProperty("resource").GetProperty("id").GetGuid().ShouldBe(campaign.Id);
        data.GetProperty("resource").GetProperty("type").GetString().ShouldBe("campaign");
        data.GetProperty("authority").GetProperty("unitId").GetGuid().ShouldBe(Authority.Id);
        var letter = data.GetProperty("documents").EnumerateArray().Single();
        letter.GetProperty("role").GetString().ShouldBe("launch-letter");
        letter.GetProperty("number").GetString().ShouldBe("1975/SYT-VP");
        letter.GetProperty("date").GetString().ShouldBe("2020-07-01");
        data.GetProperty("status").GetString().ShouldBe("launched");
        page.GetProperty("nextCursor").GetString().ShouldBe(launched.GetProperty("sequence").GetString());
        page.GetProperty("hasMore").GetBoolean().ShouldBeFalse();

        var after = await FeedAsync(Admin, page.GetProperty("nextCursor").GetString());
        after.GetProperty("items").GetArrayLength().ShouldBe(0);
        after.GetProperty("nextCursor").GetString().ShouldBe(page.GetProperty("nextCursor").GetString());
    }

    [Fact]
    public async Task A_failed_command_writes_no_event()
    {
        var campaign = await LaunchLetter1975Async();

        var again = await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);

        again.IsSuccessStatusCode.ShouldBeFalse();
        (await FeedAsync(Admin, null)).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_council_reads_the_events_under_its_authority_only()
    {
        await LaunchLetter1975Async();
        var other = await Admin.CreateUnitAsync("SYT-NAN", "Sở Y tế Nghệ An", kind: "department", province: "Nghệ An");

        (await FeedAsync(ClientFor(Roles.Council, Authority.Id), null)).GetProperty("items").GetArrayLength().ShouldBe(1);
        (await FeedAsync(ClientFor(Roles.Council, other.Id), null)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await FeedAsync(ClientFor(Roles.Integration, Authority.Id, Scopes.Read), null)).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Unit_officers_and_callers_without_an_authority_are_refused()
    {
        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, Guid.NewGuid()).GetAsync("/api/v1/events", Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.Council).GetAsync("/api/v1/events", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("after=-1", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("type=campaign.exploded", "type[0]")]
    public async Task Bad_parameters_are_refused(string query, string field) =>
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/events?{query}", Ct), field);

    [Fact]
    public async Task The_type_filter_and_the_limit_page_through_the_feed()
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var council = ClientFor(Roles.Council, Authority.Id);
        for (var i = 0; i < 3; i++)
        {
            var campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
            (await council.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var first = await FeedAsync(Admin, null, "&limit=2&type=campaign.launched");
        first.GetProperty("items").GetArrayLength().ShouldBe(2);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        var second = await FeedAsync(Admin, first.GetProperty("nextCursor").GetString(), "&limit=2&type=campaign.launched");
        second.GetProperty("items").GetArrayLength().ShouldBe(1);
        second.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        (await FeedAsync(Admin, null, "&type=campaign.closed")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    /// <summary>
    /// Many launches commit concurrently while a poller follows the feed with its cursor: the poller must end up with every
    /// event, each once, in increasing sequence — an event committed late with a lower number would be skipped.
    /// </summary>
    [Fact]
    public async Task A_poller_misses_no_event_while_transactions_commit_concurrently()
    {
        const int launches = 16;
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var campaigns = new List<Guid>();
        for (var i = 0; i < launches; i++)
        {
            campaigns.Add((await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()))).Id);
        }

        var council = ClientFor(Roles.Council, Authority.Id);
        var seen = new ConcurrentQueue<long>();
        using var done = new CancellationTokenSource();
        var poller = Task.Run(
            async () =>
            {
                string? cursor = null;
                while (true)
                {
                    var finished = done.IsCancellationRequested;
                    var page = await FeedAsync(Admin, cursor);
                    foreach (var item in page.GetProperty("items").EnumerateArray())
                    {
                        seen.Enqueue(long.Parse(item.GetProperty("sequence").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                    }

                    cursor = page.GetProperty("nextCursor").GetString();
                    if (finished && !page.GetProperty("hasMore").GetBoolean())
                    {
                        return;
                    }
                }
            },
            Ct);

        var results = await Task.WhenAll(campaigns.Select(id => council.PostAsync($"/api/v1/campaigns/{id}/launch", null, Ct)));
        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await done.CancelAsync();
        await poller;

        var all = (await FeedAsync(Admin, null, "&limit=500")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("data").GetProperty("resource").GetProperty("id").GetGuid()).ToList();
        all.Order().ShouldBe(campaigns.Order());
        var polled = seen.ToList();
        polled.Count.ShouldBe(launches);
        polled.ShouldBe(polled.Order().Distinct().ToList());
    }

    private static async Task<JsonElement> FeedAsync(HttpClient client, string? after, string more = "")
    {
        var response = await client.GetAsync($"/api/v1/events?after={after}{more}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
