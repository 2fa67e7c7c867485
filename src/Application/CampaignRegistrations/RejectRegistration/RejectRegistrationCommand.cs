using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

/// <summary>The launching authority rejects a submitted registration (từ chối) with its reason.</summary>
public sealed record RejectRegistrationCommand(Guid CampaignId, Guid UnitId, string Reason, uint? ExpectedVersion) : ICommand, IVersionedCommand;
