using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Documents;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class UnitIdConverter() : ValueConverter<UnitId, Guid>(id => id.Value, value => new UnitId(value));

internal sealed class ClusterIdConverter() : ValueConverter<ClusterId, Guid>(id => id.Value, value => new ClusterId(value));

internal sealed class CovenantIdConverter() : ValueConverter<CovenantId, Guid>(id => id.Value, value => new CovenantId(value));

internal sealed class CovenantAssessmentIdConverter() : ValueConverter<CovenantAssessmentId, Guid>(id => id.Value, value => new CovenantAssessmentId(value));

internal sealed class CampaignIdConverter() : ValueConverter<CampaignId, Guid>(id => id.Value, value => new CampaignId(value));

internal sealed class CampaignRegistrationIdConverter() : ValueConverter<CampaignRegistrationId, Guid>(id => id.Value, value => new CampaignRegistrationId(value));

internal sealed class CampaignReportIdConverter() : ValueConverter<CampaignReportId, Guid>(id => id.Value, value => new CampaignReportId(value));

internal sealed class PersonIdConverter() : ValueConverter<PersonId, Guid>(id => id.Value, value => new PersonId(value));

internal sealed class AwardRecordIdConverter() : ValueConverter<AwardRecordId, Guid>(id => id.Value, value => new AwardRecordId(value));

internal sealed class NominationIdConverter() : ValueConverter<NominationId, Guid>(id => id.Value, value => new NominationId(value));

internal sealed class ProvinceParametersIdConverter() : ValueConverter<ProvinceParametersId, Guid>(id => id.Value, value => new ProvinceParametersId(value));

internal sealed class ProvincialAwardTypeIdConverter() : ValueConverter<ProvincialAwardTypeId, Guid>(id => id.Value, value => new ProvincialAwardTypeId(value));

internal sealed class DocumentIdConverter() : ValueConverter<DocumentId, Guid>(id => id.Value, value => new DocumentId(value));

internal sealed class ApparatusRegisterIdConverter() : ValueConverter<ApparatusRegisterId, Guid>(id => id.Value, value => new ApparatusRegisterId(value));
