using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

/// <summary>The launching authority rejects a submitted registration (từ chối) with its reason; with <c>Historical</c>, a past rejection entered from its source document. Returns the registration as reviewed.</summary>
public sealed record RejectRegistrationCommand(Guid CampaignId, Guid UnitId, string Reason, uint? ExpectedVersion, HistoricalInput? Historical = null) : ICommand<RegistrationDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Campaign, CampaignId)];
}
