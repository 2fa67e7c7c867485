namespace ThiDua.Domain.Campaigns;

/// <summary>Thi đua thường xuyên (regular, yearly) or theo chuyên đề (thematic, time-bound) — domain.md §3.</summary>
public enum CampaignKind
{
    Regular = 1,
    Thematic = 2,
}

/// <summary>Lifecycle: drafted, launched by its letter (phát động), closed by its final review (tổng kết).</summary>
public enum CampaignStatus
{
    Draft = 1,
    Launched = 2,
    Closed = 3,
}
