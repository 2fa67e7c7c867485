using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. The mediator itself is registered by the host (source generator).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        Common.Validation.LocalizedMessages.Configure();
        services.AddValidatorsFromAssemblyContaining<AccessGuard>(ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<AccessGuard>();
        services.AddScoped<DataImports.ImportAccess>();
        services.AddScoped<Events.Webhooks.WebhookAccess>();
        services.AddScoped<Common.History.HistoryRecording>();
        services.AddScoped<Common.History.HistoryAuditMark>();
        services.AddScoped<Common.Idempotency.IdempotentRequest>();
        services.AddScoped<EmulationClusters.ClusterAccess>();
        services.AddScoped<Covenants.CovenantAccess>();
        services.AddScoped<Campaigns.CampaignAccess>();
        services.AddScoped<CampaignRegistrations.RegistrationReview>();
        services.AddScoped<People.PersonAccess>();
        services.AddScoped<Awards.LookUpAwards.AwardLookupAccess>();
        services.AddScoped<Statistics.StatisticalReports>();
        services.AddScoped<Nominations.NominationAccess>();
        services.AddScoped<Nominations.NominationReferences>();
        services.AddScoped<Nominations.NomineeHolds>();
        services.AddScoped<Nominations.NominationView>();
        services.AddScoped<RuleSets.ProvinceRules>();
        return services;
    }
}
