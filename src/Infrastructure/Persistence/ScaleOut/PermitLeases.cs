namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>
/// The arithmetic of leased rate-limit permits (ADR 0039). An instance does not count each request in the shared row
/// of <c>thidua.client_windows</c>: it leases a slice of the client's window budget in one statement and serves that
/// many requests from memory. A slice is a quarter of what no instance holds yet, at most a sixteenth of the quota and
/// at most <see cref="MaxSlice"/>, at least 1, and never more than what is left: near the end of the budget every
/// lease is a single permit, so the instances together never admit more than the quota.
/// <see cref="ClientWindowStore.LeaseAsync"/> computes the same numbers in SQL under the row's lock (a test checks that
/// both agree at the boundaries).
/// </summary>
public static class PermitLeases
{
    /// <summary>A lease takes at most this share of what is left (1/4).</summary>
    public const int Divisor = 4;

    /// <summary>The largest slice, whatever the quota.</summary>
    public const int MaxSlice = 64;

    /// <summary>The largest slice for a quota of <paramref name="limit"/> permits a window: a sixteenth of it, between 1
    /// and <see cref="MaxSlice"/>. It bounds what one instance can hold unused (ADR 0039, early refusals).</summary>
    public static int MaxSliceFor(int limit) => Math.Clamp(limit / 16, 1, MaxSlice);

    /// <summary>The permits one lease grants when <paramref name="remaining"/> permits of a quota of
    /// <paramref name="limit"/> are still held by no instance: 0 when none is left, else
    /// <c>min(max(remaining / 4, 1), MaxSliceFor(limit), remaining)</c>.</summary>
    public static int Slice(int remaining, int limit)
    {
        if (remaining <= 0)
        {
            return 0;
        }

        return Math.Min(Math.Min(Math.Max(remaining / Divisor, 1), MaxSliceFor(limit)), remaining);
    }
}
