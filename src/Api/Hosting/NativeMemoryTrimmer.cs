using System.Runtime.InteropServices;

namespace ThiDua.Api.Hosting;

/// <summary>
/// Gives back to the operating system the native memory that glibc's allocator keeps after the JIT has freed it
/// (issue 13 target 4, ADR 0044 amendment of session 12). The JIT compiles each method in scratch memory taken from
/// <c>malloc</c> and frees it when the method is done; glibc keeps the freed pages of its arenas for reuse and returns
/// only the top of each heap. After the heavy reads (59 000 methods compiled, docs/performance.md) 16 MB of such free
/// pages stayed resident, measured with <c>malloc_trim(0)</c> called from a debugger.
/// <para>
/// Every <see cref="Interval"/> the trimmer looks at how many methods the JIT has compiled; if that number moved since
/// its last trim, it calls <c>malloc_trim(0)</c>, which returns every whole free page of every arena. Once the
/// application is warm the JIT stops and so does the trimming: a steady service pays one counter read per interval.
/// On a C library without <c>malloc_trim</c> (musl, other systems) the trimmer stops at its first try.
/// </para>
/// </summary>
internal sealed partial class NativeMemoryTrimmer(TimeSpan interval, ILogger<NativeMemoryTrimmer> logger) : BackgroundService
{
    /// <summary>Configuration key of the interval (<c>hh:mm:ss</c>); zero turns the trimmer off.</summary>
    public const string IntervalKey = "Runtime:NativeMemoryTrimInterval";

    /// <summary>
    /// Default interval: the resident peak of the heavy reads was 295–300 MB with 2 s, 305 MB with 10 s (the freed pages
    /// pile up between trims while the JIT is busy) and no lower with 1 s (301 MB); a trim takes 0.1–5.6 ms, once per
    /// interval and only while the JIT compiles.
    /// </summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    private long _compiledAtLastTrim = -1;

    public TimeSpan Interval => interval;

    /// <summary>Trims the C library's heap; false when there is no <c>malloc_trim</c> to call.</summary>
    internal Func<bool> Trim { get; init; } = TrimGlibcHeap;

    /// <summary>
    /// One round: trims when the JIT has compiled methods since the last trim (or never trimmed). Returns whether the
    /// trimmer should go on.
    /// </summary>
    internal bool TrimIfCompiledSince(long compiledMethods)
    {
        if (compiledMethods == _compiledAtLastTrim)
        {
            return true;
        }

        _compiledAtLastTrim = compiledMethods;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (Trim())
        {
            var elapsedMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogTrimmed(logger, compiledMethods, elapsedMs);

            return true;
        }

        LogUnsupported(logger);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)
                && TrimIfCompiledSince(System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false)))
            {
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool TrimGlibcHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>glibc's <c>int malloc_trim(size_t pad)</c>: returns 1 if memory was given back, else 0.</summary>
    /// <remarks>
    /// <c>DllImport</c>, not the source-generated <c>LibraryImport</c>: the signature is blittable, so nothing is
    /// marshalled either way, and <c>LibraryImport</c> would need the project to allow unsafe code.
    /// </remarks>
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Native heap trimmed in {ElapsedMs:0.00} ms; the JIT has compiled {CompiledMethods} methods")]
    private static partial void LogTrimmed(ILogger logger, long compiledMethods, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "The C library has no malloc_trim: native memory is left to its allocator")]
    private static partial void LogUnsupported(ILogger logger);
}
