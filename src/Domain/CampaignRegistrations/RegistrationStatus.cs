namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>
/// Submitted (chờ duyệt) until the launching authority approves (đã duyệt) or rejects it (từ chối) — the states the
/// products in domain.md §3 use. A rejected registration can be corrected and is then submitted again.
/// </summary>
public enum RegistrationStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
}
