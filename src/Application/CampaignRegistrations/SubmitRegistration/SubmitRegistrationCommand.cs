using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.SubmitRegistration;

/// <summary>
/// Registers a unit in a campaign (đăng ký thi đua), or revises its registration until it is approved. Returns the
/// registration as written and whether it was created. With <c>Historical</c>, a past registration entered from its source document (ADR 0014).
/// </summary>
public sealed record SubmitRegistrationCommand(Guid CampaignId, Guid UnitId, RegistrationInput Registration, uint? ExpectedVersion, HistoricalInput? Historical = null)
    : ICommand<Upserted<RegistrationDto>>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks =>
        [DeclaredLock.ForReference(LockedResource.Campaign, CampaignId), DeclaredLock.ForReference(LockedResource.Unit, UnitId)];
}
