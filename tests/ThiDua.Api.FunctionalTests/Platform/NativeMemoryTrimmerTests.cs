using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Hosting;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The API gives back the native memory the C library keeps after the JIT freed it (issue 13 target 4, ADR 0044
/// amendment of session 12): what the trimmer decides, that its trim really returns freed heap pages on this system's
/// glibc, and that the running API has it.
/// </summary>
public sealed class NativeMemoryTrimmerTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public void TheTrimmer_Trims_OnlyWhenTheJitCompiledSinceItsLastTrim()
    {
        var trims = 0;
        var trimmer = Trimmer(TimeSpan.FromSeconds(2), () => ++trims > 0);

        trimmer.TrimIfCompiledSince(41_000).ShouldBeTrue();
        trims.ShouldBe(1); // never trimmed: the start-up's compilation is trimmed on the first round
        trimmer.TrimIfCompiledSince(41_000).ShouldBeTrue();
        trimmer.TrimIfCompiledSince(41_000).ShouldBeTrue();
        trims.ShouldBe(1); // a warm service: nothing compiled, nothing to trim
        trimmer.TrimIfCompiledSince(41_001).ShouldBeTrue();
        trims.ShouldBe(2); // one method compiled is enough
        trimmer.TrimIfCompiledSince(59_500).ShouldBeTrue();
        trimmer.TrimIfCompiledSince(59_500).ShouldBeTrue();
        trims.ShouldBe(3);
    }

    [Fact]
    public void TheTrimmer_Stops_WhenTheCLibraryHasNoMallocTrim()
    {
        var tries = 0;
        var trimmer = Trimmer(TimeSpan.FromSeconds(2), () => ++tries < 0);

        trimmer.TrimIfCompiledSince(1).ShouldBeFalse();
        tries.ShouldBe(1);
    }

    [Fact]
    public async Task TheRunningTrimmer_TrimsOnItsTimer_AndEnds_WhenTheCLibraryHasNoMallocTrim()
    {
        var trimmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var trimmer = Trimmer(TimeSpan.FromMilliseconds(50), () =>
        {
            trimmed.TrySetResult();
            return false;
        });

        await trimmer.StartAsync(Ct);

        // Its first tick trims (it never has: the JIT's count has moved since), then, told there is no malloc_trim, it ends.
        await trimmed.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await trimmer.ExecuteTask.ShouldNotBeNull().WaitAsync(TimeSpan.FromSeconds(10), Ct);
        trimmer.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
        await trimmer.StopAsync(Ct);
    }

    [Fact]
    public async Task AZeroInterval_TurnsTheTrimmerOff()
    {
        var trimmer = Trimmer(TimeSpan.Zero, () => throw new InvalidOperationException("trimmed while off"));

        await trimmer.StartAsync(Ct);

        // It ends at once, without a timer and without a trim (the background service runs it on the thread pool).
        await trimmer.ExecuteTask.ShouldNotBeNull().WaitAsync(TimeSpan.FromSeconds(10), Ct);
        trimmer.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
        await trimmer.StopAsync(Ct);
    }

    [Fact]
    public void TheRunningApi_HasTheTrimmer_EveryTwoSeconds()
    {
        var trimmer = Factory.Services.GetServices<IHostedService>().OfType<NativeMemoryTrimmer>().ShouldHaveSingleItem();

        trimmer.Interval.ShouldBe(TimeSpan.FromSeconds(2));
        trimmer.ExecuteTask.ShouldNotBeNull().IsCompleted.ShouldBeFalse();
    }

    /// <summary>
    /// What the trimmer relies on, on the glibc the API runs on: 128 MiB malloc'ed in 64 KiB blocks (under glibc's
    /// mmap threshold, so from the heap) with a small block kept after each, then freed, stays resident, since glibc only
    /// gives back the top of a heap; the trim returns it. Other tests run alongside and move the process's memory by a
    /// few MB, hence the margin: at least half of the freed 128 MiB must leave.
    /// </summary>
    [Fact]
    public void TheTrim_GivesBackFreedHeapPages_ThatGlibcWouldKeep()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "glibc's malloc_trim is the Linux API's");
        var trimmer = new NativeMemoryTrimmer(TimeSpan.FromSeconds(2), NullLogger<NativeMemoryTrimmer>.Instance); // glibc's own trim
        const int blocks = 2048;
        const int blockBytes = 64 * 1024;

        // Marshal's unmanaged allocations are malloc and free on Linux.
        var ones = Enumerable.Repeat((byte)1, blockBytes).ToArray();
        var kept = new nint[blocks];
        var freed = new nint[blocks];
        for (var i = 0; i < blocks; i++)
        {
            freed[i] = Marshal.AllocHGlobal(blockBytes);
            Marshal.Copy(ones, 0, freed[i], blockBytes); // resident
            kept[i] = Marshal.AllocHGlobal(32);
        }

        foreach (var block in freed)
        {
            Marshal.FreeHGlobal(block);
        }

        try
        {
            var before = ResidentAnonymousBytes();
            trimmer.TrimIfCompiledSince(1).ShouldBeTrue();
            (before - ResidentAnonymousBytes()).ShouldBeGreaterThan(64L * 1024 * 1024);
        }
        finally
        {
            foreach (var block in kept)
            {
                Marshal.FreeHGlobal(block);
            }
        }
    }

    private static NativeMemoryTrimmer Trimmer(TimeSpan interval, Func<bool> trim) =>
        new(interval, NullLogger<NativeMemoryTrimmer>.Instance) { Trim = trim };

    private static long ResidentAnonymousBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
}
