using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.CampaignRegistrations.ApproveRegistration;

/// <summary>The launching authority approves a submitted registration (đã duyệt).</summary>
public sealed record ApproveRegistrationCommand(Guid CampaignId, Guid UnitId, uint? ExpectedVersion) : ICommand, IVersionedCommand;
