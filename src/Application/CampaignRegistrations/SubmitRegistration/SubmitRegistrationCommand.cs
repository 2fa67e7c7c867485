using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.CampaignRegistrations.SubmitRegistration;

/// <summary>
/// Registers a unit in a campaign (đăng ký thi đua), or revises its registration until it is approved. Returns whether
/// the registration was created.
/// </summary>
public sealed record SubmitRegistrationCommand(Guid CampaignId, Guid UnitId, RegistrationInput Registration, uint? ExpectedVersion)
    : ICommand<bool>, IVersionedCommand;
