using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.ApproveRegistration;

/// <summary>The launching authority approves a submitted registration (đã duyệt); with <c>Historical</c>, a past approval entered from its source document. Returns the registration as reviewed.</summary>
public sealed record ApproveRegistrationCommand(Guid CampaignId, Guid UnitId, uint? ExpectedVersion, HistoricalInput? Historical = null) : ICommand<RegistrationDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Campaign, CampaignId)];
}
