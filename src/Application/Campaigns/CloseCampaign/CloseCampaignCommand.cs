using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Campaigns.CloseCampaign;

/// <summary>Closes a launched campaign with its final review (tổng kết): date, document and summary. Returns the campaign as closed.</summary>
public sealed record CloseCampaignCommand(Guid CampaignId, DateOnly ReviewDate, DocumentInput Document, string Summary, uint? ExpectedVersion)
    : ICommand<CampaignDetailsDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Campaign, CampaignId)];
}
