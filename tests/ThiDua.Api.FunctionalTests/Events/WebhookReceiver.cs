using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Api.FunctionalTests.Events;

/// <summary>A real HTTP receiver on loopback (Kestrel): records each POST and answers the next queued status (200 when none).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Answer with this status for every request (instead of 200), e.g. 500 for a receiver that is down.</summary>
    public int? AlwaysAnswer { get; set; }

    public string Url { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            receiver.Requests.Enqueue(new Received(
                context.Request.Headers["ThiDua-Signature"].ToString(),
                context.Request.Headers["ThiDua-Event-Id"].ToString(),
                context.Request.ContentType,
                body));
            return Results.StatusCode(receiver.AlwaysAnswer ?? (receiver._answers.TryDequeue(out var status) ? status : 200));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address + "/hook";
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Received(string Signature, string EventId, string? ContentType, string Body);
}
