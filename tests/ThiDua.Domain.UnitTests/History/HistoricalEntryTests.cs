using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests.History;

/// <summary>The date rules every historical act obeys (ADR 0014), at their boundaries.</summary>
public sealed class HistoricalEntryTests
{
    /// <summary>4 December 2026, 09:00 in Vietnam.</summary>
    private static readonly DateTimeOffset EnteredAt = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private static HistoricalEntry Entry(DateOnly on, DateTimeOffset? at = null) =>
        HistoricalEntry.Create(on, TestUnits.Doc("05/BB-KTH"), "council-1", at ?? EnteredAt);

    [Fact]
    public void Today_AndTheDayBefore_AreAccepted_TheDayAfter_IsInTheFuture()
    {
        Entry(new DateOnly(2026, 12, 4)).OccurredOn.ShouldBe(new DateOnly(2026, 12, 4));
        Entry(new DateOnly(2026, 12, 3)).OccurredOn.ShouldBe(new DateOnly(2026, 12, 3));
        DomainAssert.ShouldViolate(HistoryErrors.DateInFuture, () => Entry(new DateOnly(2026, 12, 5)));
    }

    [Fact]
    public void Today_IsTheDateInVietnam_NotInUtc()
    {
        // 17:30 UTC on 4 December is 00:30 on 5 December in Hà Nội.
        var lateUtc = new DateTimeOffset(2026, 12, 4, 17, 30, 0, TimeSpan.Zero);
        Entry(new DateOnly(2026, 12, 5), lateUtc).OccurredOn.ShouldBe(new DateOnly(2026, 12, 5));
        DomainAssert.ShouldViolate(HistoryErrors.DateInFuture, () => Entry(new DateOnly(2026, 12, 6), lateUtc));
    }

    [Fact]
    public void EnsureWithin_AcceptsBothEnds_AndRefusesTheDayOutsideEach()
    {
        var from = new DateOnly(2022, 1, 1);
        var to = new DateOnly(2022, 12, 31);
        Entry(from).EnsureWithin(from, to, new LocalizedText("Một hành vi", "An act"));
        Entry(to).EnsureWithin(from, to, new LocalizedText("Một hành vi", "An act"));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Entry(from.AddDays(-1)).EnsureWithin(from, to, new LocalizedText("Một hành vi", "An act")));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Entry(to.AddDays(1)).EnsureWithin(from, to, new LocalizedText("Một hành vi", "An act")));
    }

    [Fact]
    public void EnsureNotBefore_AcceptsTheSameDay_AndNoPreviousAct_RefusesTheDayBefore()
    {
        var previous = new DateOnly(2022, 11, 29);
        Entry(previous).EnsureNotBefore(previous, new LocalizedText("mở chấm điểm", "scoring opened"));
        Entry(previous.AddDays(1)).EnsureNotBefore(previous, new LocalizedText("mở chấm điểm", "scoring opened"));
        Entry(previous.AddDays(-1)).EnsureNotBefore(null, new LocalizedText("không có", "nothing"));
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => Entry(previous.AddDays(-1)).EnsureNotBefore(previous, new LocalizedText("mở chấm điểm", "scoring opened")));
    }

    [Fact]
    public void TheKeptRecord_CarriesTheAct_TheSource_AndWhoEnteredIt()
    {
        var record = Entry(new DateOnly(2022, 11, 29)).Of("finalized");
        (record.Action, record.OccurredOn, record.SourceNumber, record.EnteredBy, record.EnteredAt)
            .ShouldBe(("finalized", new DateOnly(2022, 11, 29), "05/BB-KTH", "council-1", EnteredAt));
        record.SourceDocument().Number.ShouldBe("05/BB-KTH");
    }

    [Fact]
    public void EnsureSameMode_RefusesHistoryOnLive_AndLiveOnHistory()
    {
        var entry = Entry(new DateOnly(2022, 3, 15));
        Recording.EnsureSameMode(RecordingMode.History, entry);
        Recording.EnsureSameMode(RecordingMode.Live, null);
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => Recording.EnsureSameMode(RecordingMode.Live, entry));
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsHistorical, () => Recording.EnsureSameMode(RecordingMode.History, null));
    }
}
