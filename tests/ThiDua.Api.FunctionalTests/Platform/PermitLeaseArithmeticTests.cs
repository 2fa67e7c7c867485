using ThiDua.Infrastructure.Persistence.ScaleOut;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// ADR 0039: the size of a lease of rate-limit permits, on plain numbers. A lease takes a quarter of what no instance
/// holds yet, at most a sixteenth of the quota (at most 64), at least one, never more than what is left, and nothing when
/// nothing is left. (<see cref="LeasedRateLimitTests"/> checks that the store's SQL grants the same numbers.)
/// </summary>
public sealed class PermitLeaseArithmeticTests
{
    [Theory]
    [InlineData(-5, 600, 0)]
    [InlineData(0, 600, 0)]
    [InlineData(1, 600, 1)]
    [InlineData(2, 600, 1)]
    [InlineData(3, 600, 1)]
    [InlineData(4, 600, 1)]
    [InlineData(7, 600, 1)]
    [InlineData(8, 600, 2)]
    [InlineData(100, 600, 25)]
    [InlineData(147, 600, 36)]
    [InlineData(148, 600, 37)]
    [InlineData(149, 600, 37)]
    [InlineData(600, 600, 37)]
    [InlineData(0, 1, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(2, 2, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(30, 30, 1)]
    [InlineData(32, 32, 2)]
    [InlineData(100, 100, 6)]
    [InlineData(1_000_000, 1_000_000, 64)]
    [InlineData(255, 1_000_000, 63)]
    [InlineData(256, 1_000_000, 64)]
    [InlineData(3, 1_000_000, 1)]
    public void ASlice_IsAQuarterOfWhatIsLeft_CappedByTheQuota_AtLeastOne_AndNothingWhenNothingIsLeft(int remaining, int limit, int slice) =>
        PermitLeases.Slice(remaining, limit).ShouldBe(slice);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(15, 1)]
    [InlineData(16, 1)]
    [InlineData(31, 1)]
    [InlineData(32, 2)]
    [InlineData(600, 37)]
    [InlineData(1_023, 63)]
    [InlineData(1_024, 64)]
    [InlineData(1_025, 64)]
    [InlineData(int.MaxValue, 64)]
    public void TheLargestSlice_IsASixteenthOfTheQuota_Between1And64(int limit, int largest) =>
        PermitLeases.MaxSliceFor(limit).ShouldBe(largest);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(600)]
    [InlineData(100_000)]
    public void LeasingUntilNothingIsLeft_HandsOutTheWholeQuota_NeverMoreThanIsLeft_AndEndsWithSinglePermits(int limit)
    {
        var remaining = limit;
        var slices = new List<int>();
        while (PermitLeases.Slice(remaining, limit) is var slice and > 0)
        {
            slice.ShouldBeLessThanOrEqualTo(remaining);
            slice.ShouldBeLessThanOrEqualTo(PermitLeases.MaxSliceFor(limit));
            slices.Add(slice);
            remaining -= slice;
        }

        remaining.ShouldBe(0);
        slices.Sum().ShouldBe(limit);
        slices.TakeLast(Math.Min(limit, 4)).ShouldAllBe(s => s == 1, "the last permits go one lease at a time");
        slices.ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void TheDefaultQuota_TakesAbout30LeasesAWindow_Not600Statements()
    {
        var remaining = 600;
        var leases = 0;
        for (; remaining > 0; leases++)
        {
            remaining -= PermitLeases.Slice(remaining, 600);
        }

        leases.ShouldBe(Leases(600));
        leases.ShouldBeInRange(20, 40);
    }

    /// <summary>How many leases one instance makes to hand out <paramref name="limit"/> permits.</summary>
    internal static int Leases(int limit, int requests = int.MaxValue)
    {
        var (remaining, leases, served) = (limit, 0, 0);
        while (served < requests && PermitLeases.Slice(remaining, limit) is var slice and > 0)
        {
            (remaining, served, leases) = (remaining - slice, served + slice, leases + 1);
        }

        return leases;
    }
}
