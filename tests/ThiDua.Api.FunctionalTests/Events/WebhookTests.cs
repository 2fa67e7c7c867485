using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.FunctionalTests.Campaigns;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Events;
using ThiDua.Application.Events.Webhooks;
using ThiDua.Infrastructure.Persistence.Events;

namespace ThiDua.Api.FunctionalTests.Events;

/// <summary>
/// Webhook subscriptions and delivery (ADR 0025) against a real HTTP receiver on loopback. The tests drive the delivery
/// worker round by round (<see cref="WebhookDeliveryService.RunOnceAsync"/>), with no backoff and three tries.
/// </summary>
public sealed class WebhookTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private WebhookDeliveryService Worker => Factory.Services.GetRequiredService<WebhookDeliveryService>();

    [Fact]
    public async Task A_launch_is_posted_signed_and_logged()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        var (id, secret) = await SubscribeAsync(receiver.Url);
        secret.ShouldStartWith("whsec_");
        var campaign = await LaunchAsync();

        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);

        var received = receiver.Requests.ShouldHaveSingleItem();
        received.ContentType.ShouldBe("application/cloudevents+json; charset=utf-8");
        var now = Factory.Clock.GetUtcNow();
        WebhookSignature.Verify(received.Signature, received.Body, secret, now, Tolerance).ShouldBeTrue(received.Signature);
        WebhookSignature.Verify(received.Signature, received.Body, "whsec_other", now, Tolerance).ShouldBeFalse();
        WebhookSignature.Verify(received.Signature, received.Body + " ", secret, now, Tolerance).ShouldBeFalse();
        WebhookSignature.Verify(received.Signature, received.Body, secret, now.AddMinutes(6), Tolerance).ShouldBeFalse();
        var body = JsonDocument.Parse(received.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("campaign.launched");
        body.GetProperty("data").GetProperty("resource").GetProperty("id").GetGuid().ShouldBe(campaign);
        received.EventId.ShouldBe(body.GetProperty("id").GetString());

        var delivery = (await DeliveriesAsync(id)).ShouldHaveSingleItem();
        delivery.Status.ShouldBe("succeeded");
        delivery.LastStatusCode.ShouldBe(200);
        delivery.Log.ShouldHaveSingleItem().StatusCode.ShouldBe(200);
        (await Worker.RunOnceAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task A_500_is_retried_until_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext(500);
        await ArrangeAsync();
        var (id, _) = await SubscribeAsync(receiver.Url);
        await LaunchAsync();

        await Worker.RunOnceAsync(Ct);
        var failed = (await DeliveriesAsync(id)).Single();
        failed.Status.ShouldBe("pending");
        failed.LastStatusCode.ShouldBe(500);
        failed.LastError.ShouldBe("HTTP 500");

        await Worker.RunOnceAsync(Ct);
        var delivered = (await DeliveriesAsync(id)).Single();
        delivered.Status.ShouldBe("succeeded");
        delivered.Attempts.ShouldBe(2);
        delivered.Log.Select(a => a.StatusCode).ShouldBe([500, 200]);
        receiver.Requests.Select(r => r.EventId).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task After_the_last_try_a_delivery_is_dead_and_can_be_redelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AlwaysAnswer = 503;
        await ArrangeAsync();
        var (id, _) = await SubscribeAsync(receiver.Url);
        await LaunchAsync();

        for (var i = 0; i < 4; i++)
        {
            await Worker.RunOnceAsync(Ct);
        }

        var dead = (await DeliveriesAsync(id, "dead")).ShouldHaveSingleItem();
        dead.Attempts.ShouldBe(3);
        dead.Log.Count.ShouldBe(3);
        receiver.Requests.Count.ShouldBe(3);
        (await DeliveriesAsync(id, "pending")).ShouldBeEmpty();

        receiver.AlwaysAnswer = null;
        var redeliver = await Admin.PostAsync($"/api/v1/webhook-subscriptions/{id}/deliveries/{dead.Id}/redeliver", null, Ct);
        redeliver.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var queued = await ReadAsync<WebhookDeliveryDto>(redeliver);
        queued.Status.ShouldBe("pending");
        queued.Attempts.ShouldBe(0);

        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);
        var delivered = (await DeliveriesAsync(id)).Single();
        delivered.Status.ShouldBe("succeeded");
        delivered.Log.Count.ShouldBe(4);
        receiver.Requests.Select(r => r.EventId).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task During_a_rotation_deliveries_are_signed_with_both_secrets()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        var (id, old) = await SubscribeAsync(receiver.Url);

        var rotated = await Admin.PostAsync($"/api/v1/webhook-subscriptions/{id}/rotate-secret", null, Ct);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await ReadAsync<WebhookSecretDto>(rotated);
        answer.Secret.ShouldNotBe(old);
        answer.Subscription.PreviousSecretExpiresAt.ShouldNotBeNull();
        await LaunchAsync();
        await Worker.RunOnceAsync(Ct);

        var received = receiver.Requests.ShouldHaveSingleItem();
        var now = Factory.Clock.GetUtcNow();
        WebhookSignature.Verify(received.Signature, received.Body, answer.Secret, now, Tolerance).ShouldBeTrue();
        WebhookSignature.Verify(received.Signature, received.Body, old, now, Tolerance).ShouldBeTrue();
        received.Signature.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)).ShouldBe(2);
    }

    /// <summary>Two delivery workers (as in two API instances) on one database: each event reaches the receiver once.</summary>
    [Fact]
    public async Task Two_workers_deliver_each_event_once()
    {
        const int launches = 12;
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        await SubscribeAsync(receiver.Url);
        for (var i = 0; i < launches; i++)
        {
            await LaunchAsync();
        }

        var second = ActivatorUtilities.CreateInstance<WebhookDeliveryService>(Factory.Services, new WebhookOptions { BatchSize = 2, BackoffBase = TimeSpan.Zero, MaxAttempts = 3 });
        var first = ActivatorUtilities.CreateInstance<WebhookDeliveryService>(Factory.Services, new WebhookOptions { BatchSize = 2, BackoffBase = TimeSpan.Zero, MaxAttempts = 3 });
        async Task DrainAsync(WebhookDeliveryService worker)
        {
            while (await worker.RunOnceAsync(Ct) > 0)
            {
            }
        }

        await Task.WhenAll(DrainAsync(first), DrainAsync(second), DrainAsync(Worker));

        receiver.Requests.Count.ShouldBe(launches);
        receiver.Requests.Select(r => r.EventId).Distinct().Count().ShouldBe(launches);
    }

    /// <summary>
    /// Two API instances (two hosts, each with its own services, connection pool and delivery worker) on one database:
    /// each event reaches the receiver once, whichever instance wrote it.
    /// </summary>
    [Fact]
    public async Task Two_api_instances_on_one_database_deliver_each_event_once()
    {
        const int launches = 10;
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var secondInstance = Factory.WithWebHostBuilder(b => b.UseSetting("Webhooks:BatchSize", "2"));
        await ArrangeAsync();
        await SubscribeAsync(receiver.Url);
        for (var i = 0; i < launches; i++)
        {
            await LaunchAsync();
        }

        var other = secondInstance.Services.GetRequiredService<WebhookDeliveryService>();
        other.ShouldNotBeSameAs(Worker);
        async Task DrainAsync(WebhookDeliveryService worker)
        {
            while (await worker.RunOnceAsync(Ct) > 0)
            {
            }
        }

        await Task.WhenAll(DrainAsync(Worker), DrainAsync(other));

        receiver.Requests.Count.ShouldBe(launches);
        receiver.Requests.Select(r => r.EventId).Distinct().Count().ShouldBe(launches);
    }

    [Fact]
    public async Task Secrets_are_encrypted_at_rest_bound_to_their_subscription_and_still_sign()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        var (id, secret) = await SubscribeAsync(receiver.Url);
        var (otherId, _) = await SubscribeAsync("https://eoffice.example.vn/hook");

        var stored = await ScalarAsync<string>("SELECT secret FROM thidua.webhook_subscriptions WHERE id = @id", id);
        stored.ShouldStartWith("enc1.test.");
        stored.ShouldNotContain(secret[6..]);
        var protector = Factory.Services.GetRequiredService<WebhookSecretProtector>();
        protector.Unprotect(stored, id).ShouldBe(secret);
        Should.Throw<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(stored, otherId));
        (await Admin.DeleteAsync($"/api/v1/webhook-subscriptions/{otherId}", Ct)).EnsureSuccessStatusCode();

        await LaunchAsync();
        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);
        WebhookSignature.Verify(receiver.Requests.Single().Signature, receiver.Requests.Single().Body, secret, Factory.Clock.GetUtcNow(), Tolerance).ShouldBeTrue();
    }

    [Fact]
    public async Task A_secret_stored_before_encryption_still_signs_and_is_encrypted_at_its_rotation()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        var (id, _) = await SubscribeAsync(receiver.Url);
        const string Legacy = "whsec_stored-before-encryption";
        await ScalarAsync<int>("UPDATE thidua.webhook_subscriptions SET secret = @secret WHERE id = @id RETURNING 1", id, ("secret", Legacy));

        await LaunchAsync();
        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);
        WebhookSignature.Verify(receiver.Requests.Single().Signature, receiver.Requests.Single().Body, Legacy, Factory.Clock.GetUtcNow(), Tolerance).ShouldBeTrue();

        (await Admin.PostAsync($"/api/v1/webhook-subscriptions/{id}/rotate-secret", null, Ct)).EnsureSuccessStatusCode();
        (await ScalarAsync<string>("SELECT secret FROM thidua.webhook_subscriptions WHERE id = @id", id)).ShouldStartWith("enc1.test.");
        (await ScalarAsync<string>("SELECT previous_secret FROM thidua.webhook_subscriptions WHERE id = @id", id)).ShouldBe(Legacy);
    }

    [Theory]
    [InlineData("no-colon")]
    [InlineData("a:" + "c2hvcnQ=")]
    [InlineData("bad id!:" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void A_malformed_secret_key_is_named_at_startup(string key) =>
        WebhookSecretProtector.Problem([key]).ShouldNotBeNull();

    [Fact]
    public void Two_keys_with_one_id_are_refused_and_a_good_list_is_accepted()
    {
        var key = Convert.ToBase64String(new byte[32]);
        WebhookSecretProtector.Problem([$"k1:{key}", $"k1:{key}"]).ShouldNotBeNull();
        WebhookSecretProtector.Problem([$"k2:{key}", $"k1:{key}"]).ShouldBeNull();
    }

    [Fact]
    public void After_a_key_rotation_secrets_of_the_old_key_still_read_and_new_ones_use_the_new_key()
    {
        var id = Guid.NewGuid();
        var old = new WebhookSecretProtector(Options($"old:{Convert.ToBase64String(new byte[32])}"));
        var sealedByOld = old.Protect("whsec_a", id);
        var rotated = new WebhookSecretProtector(Options($"new:{Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray())}", $"old:{Convert.ToBase64String(new byte[32])}"));

        rotated.Unprotect(sealedByOld, id).ShouldBe("whsec_a");
        rotated.Protect("whsec_b", id).ShouldStartWith("enc1.new.");
        Should.Throw<System.Security.Cryptography.CryptographicException>(() => new WebhookSecretProtector(Options($"new:{Convert.ToBase64String(new byte[32])}")).Unprotect(sealedByOld, id));
        new WebhookSecretProtector(new WebhookOptions()).Protect("whsec_c", id).ShouldBe("whsec_c");
    }

    [Theory]
    [InlineData("Production", false, true)]
    [InlineData("Production", true, false)]
    [InlineData("Development", false, false)]
    public void Production_refuses_to_start_without_a_secret_key(string environmentName, bool withKey, bool refused)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:ThiDua"] = "Host=127.0.0.1;Database=unused" };
        if (withKey)
        {
            settings["Webhooks:SecretKeys:0"] = ThiDuaApiFactory.WebhookSecretKey;
        }

        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environmentName });
        services.AddLogging();
        ThiDua.Infrastructure.DependencyInjection.AddInfrastructure(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value;
        if (refused)
        {
            Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(read).Message.ShouldContain("Webhooks:SecretKeys is required in Production");
        }
        else
        {
            read().SecretKeys.Count.ShouldBe(withKey ? 1 : 0);
        }
    }

    private static WebhookOptions Options(params string[] keys)
    {
        var options = new WebhookOptions();
        foreach (var key in keys)
        {
            options.SecretKeys.Add(key);
        }

        return options;
    }

    private async Task<T> ScalarAsync<T>(string sql, Guid id, params (string Name, object Value)[] parameters)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task Events_outside_the_subscription_scope_are_not_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        var other = await Admin.CreateUnitAsync("SYT-NAN", "Sở Y tế Nghệ An", kind: "department", province: "Nghệ An");
        var (id, _) = await SubscribeAsync(receiver.Url, other.Id);
        await LaunchAsync();

        (await Worker.RunOnceAsync(Ct)).ShouldBe(0);
        (await DeliveriesAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_council_manages_subscriptions_under_its_authority_only()
    {
        await ArrangeAsync();
        var other = await Admin.CreateUnitAsync("SYT-NAN", "Sở Y tế Nghệ An", kind: "department", province: "Nghệ An");
        var council = ClientFor(Roles.Council, Authority.Id);

        var created = await council.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://eoffice.example.vn/hook", eventTypes = new[] { "nomination.submitted" }, authorityUnitId = Authority.Id }, Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var mine = await ReadAsync<WebhookSecretDto>(created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/webhook-subscriptions/{mine.Subscription.Id}");
        var theirs = await SubscribeAsync("https://other.example.vn/hook", other.Id);

        var list = await ReadAsync<List<WebhookSubscriptionDto>>(await council.GetAsync("/api/v1/webhook-subscriptions", Ct));
        list.ShouldHaveSingleItem().Id.ShouldBe(mine.Subscription.Id);
        (await ReadAsync<List<WebhookSubscriptionDto>>(await Admin.GetAsync("/api/v1/webhook-subscriptions", Ct))).Count.ShouldBe(2);
        await ShouldBeProblemAsync(await council.GetAsync($"/api/v1/webhook-subscriptions/{theirs.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(
            await council.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://x.example.vn/hook", eventTypes = new[] { "award.revoked" }, authorityUnitId = other.Id }, Json, Ct),
            HttpStatusCode.Forbidden,
            AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(
            await council.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://x.example.vn/hook", eventTypes = new[] { "award.revoked" } }, Json, Ct),
            HttpStatusCode.Forbidden,
            AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(
            await ClientFor(Roles.UnitOfficer, Authority.Id).PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://x.example.vn/hook", eventTypes = new[] { "award.revoked" }, authorityUnitId = Authority.Id }, Json, Ct),
            HttpStatusCode.Forbidden,
            AccessGuard.RoleNotAllowed.Code);

        (await council.DeleteAsync($"/api/v1/webhook-subscriptions/{mine.Subscription.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeProblemAsync(await council.GetAsync($"/api/v1/webhook-subscriptions/{mine.Subscription.Id}", Ct), HttpStatusCode.NotFound, WebhookErrors.SubscriptionNotFound.Code);
    }

    [Theory]
    [InlineData("http://eoffice.example.vn/hook", "campaign.launched", "url")]
    [InlineData("ftp://127.0.0.1/hook", "campaign.launched", "url")]
    [InlineData("https://user:pass@eoffice.example.vn/hook", "campaign.launched", "url")]
    [InlineData("not a url", "campaign.launched", "url")]
    [InlineData("https://eoffice.example.vn/hook", "campaign.exploded", "eventTypes[0]")]
    public async Task Bad_subscriptions_are_refused(string url, string type, string field) =>
        await ShouldBeValidationProblemAsync(
            await Admin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url, eventTypes = new[] { type } }, Json, Ct), field);

    [Fact]
    public async Task Unknown_subscriptions_and_deliveries_are_404()
    {
        var unknown = Guid.NewGuid();
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/webhook-subscriptions/{unknown}", Ct), HttpStatusCode.NotFound, WebhookErrors.SubscriptionNotFound.Code);
        await ShouldBeProblemAsync(await Admin.DeleteAsync($"/api/v1/webhook-subscriptions/{unknown}", Ct), HttpStatusCode.NotFound, WebhookErrors.SubscriptionNotFound.Code);
        await ShouldBeProblemAsync(await Admin.PostAsync($"/api/v1/webhook-subscriptions/{unknown}/rotate-secret", null, Ct), HttpStatusCode.NotFound, WebhookErrors.SubscriptionNotFound.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/webhook-subscriptions/{unknown}/deliveries", Ct), HttpStatusCode.NotFound, WebhookErrors.SubscriptionNotFound.Code);
        var (id, _) = await SubscribeAsync("https://eoffice.example.vn/hook");
        await ShouldBeProblemAsync(await Admin.PostAsync($"/api/v1/webhook-subscriptions/{id}/deliveries/{unknown}/redeliver", null, Ct), HttpStatusCode.NotFound, WebhookErrors.DeliveryNotFound.Code);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/webhook-subscriptions/{id}/deliveries?status=lost", Ct), "status");
    }

    private async Task<(Guid Id, string Secret)> SubscribeAsync(string url, Guid? authority = null)
    {
        var response = await Admin.PostAsJsonAsync(
            "/api/v1/webhook-subscriptions",
            new { url, eventTypes = new[] { IntegrationEventTypes.CampaignLaunched, IntegrationEventTypes.CampaignClosed }, authorityUnitId = authority ?? Authority?.Id },
            Json,
            Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var created = await ReadAsync<WebhookSecretDto>(response);
        return (created.Subscription.Id, created.Secret);
    }

    private async Task<Guid> LaunchAsync()
    {
        Factory.Clock.Now = July10;
        var campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
        (await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return campaign.Id;
    }

    private async Task<List<WebhookDeliveryDto>> DeliveriesAsync(Guid subscriptionId, string? status = null)
    {
        var response = await Admin.GetAsync($"/api/v1/webhook-subscriptions/{subscriptionId}/deliveries{(status is null ? "" : $"?status={status}")}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<List<WebhookDeliveryDto>>(response);
    }
}
