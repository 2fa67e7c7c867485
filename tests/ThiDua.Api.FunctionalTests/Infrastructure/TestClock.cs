namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>The API's clock in tests: real time unless a test sets <see cref="Now"/> (reset before each test).</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now?.ToUniversalTime() ?? base.GetUtcNow();
}
