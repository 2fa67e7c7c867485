using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The log a person sees when starting the API locally (Development, as scripts/run.sh runs it) is clean: no
/// framework noise such as MVC's "No action descriptors found", and no SQL statement per query at Information.
/// </summary>
public sealed class StartupLogTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task Development_StartsAndServesWithoutFrameworkNoiseOrSqlAtInformation()
    {
        var log = new CapturingLoggerProvider();
        await using var development = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:ApplyMigrationsOnStartup", "false");
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        });
        using var client = development.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;

        (await client.GetAsync("/api/v1/units", Ct)).EnsureSuccessStatusCode();

        var noisy = log.Entries.Where(e => e.Level >= LogLevel.Information
            && (e.Message.Contains("No action descriptors found", StringComparison.Ordinal)
                || e.Category.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal))).ToList();
        noisy.ShouldBeEmpty(string.Join(Environment.NewLine, noisy.Select(e => $"{e.Category}: {e.Message}")));
        log.Entries.ShouldContain(e => e.Category == "Microsoft.Hosting.Lifetime", "the capture sees the host's own start-up messages");
    }

    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
