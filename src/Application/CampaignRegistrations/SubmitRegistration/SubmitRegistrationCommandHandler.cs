using Mediator;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Common;
using ThiDua.Domain.CampaignRegistrations;

namespace ThiDua.Application.CampaignRegistrations.SubmitRegistration;

/// <summary>
/// A unit officer registers only their own unit; a council, units under its authority; an admin, any. In a cluster's
/// campaign the head unit may also register its members. Target titles may name the unit's province's own award types
/// in force on the registration's date (today, or its historical date); another province's answer <c>award_type.other_province</c>.
/// </summary>
public sealed class SubmitRegistrationCommandHandler(
    CampaignAccess access,
    ICampaignRegistrationRepository registrations,
    ProvinceRules provinceRules,
    ICurrentUser user,
    HistoryRecording history,
    IRegistrationQueries queries,
    IReadAfterWrite written,
    TimeProvider clock)
    : ICommandHandler<SubmitRegistrationCommand, Upserted<RegistrationDto>>
{
    public async ValueTask<Upserted<RegistrationDto>> Handle(SubmitRegistrationCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForReferenceAsync(command.CampaignId, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, await access.RecordKeeperAsync(campaign, cancellationToken), cancellationToken);
        var (unit, ancestors) = await access.LoadParticipantAsync(campaign, command.UnitId, cancellationToken);
        var content = command.Registration.ToContent();
        var now = clock.GetUtcNow();
        var provincialTypes = await provinceRules.ResolveOwnAsync(
            content.TargetTitles.Concat(content.IndividualTargets.Select(t => t.TargetTitle)), unit.Province, Recording.DateOf(historical, now), cancellationToken);
        var existing = await registrations.FindAsync(campaign.Id, unit.Id, cancellationToken);
        if (existing is null)
        {
            registrations.Add(CampaignRegistration.Register(campaign, unit, ancestors, content, user.Subject, now, historical, provincialTypes));
        }
        else
        {
            command.EnsureVersion(existing.Version);
            existing.Revise(campaign, unit, ancestors, content, user.Subject, now, historical, provincialTypes);
        }

        var registration = await written.ReadAsync(ct => queries.GetAsync(campaign.Id, unit.Id, ct), cancellationToken);
        return new Upserted<RegistrationDto>(registration, Created: existing is null);
    }
}
