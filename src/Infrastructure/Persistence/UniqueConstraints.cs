namespace ThiDua.Infrastructure.Persistence;

/// <summary>Names of unique indexes whose violation the unit of work reports with a specific error code.</summary>
internal static class UniqueConstraints
{
    public const string UnitCode = "ux_units_code";
    public const string UnitAgencyCode = "ux_units_agency_code";
    public const string ClusterName = "ux_clusters_managing_authority_name";
    public const string ClusterTermYear = "ux_cluster_terms_cluster_year";
    public const string ClusterMemberGrouping = "ux_cluster_members_one_grouping_per_year";
    public const string CovenantClusterYear = "ux_covenants_cluster_year";
    public const string CovenantSignatureUnit = "ux_covenant_signatures_unit";
    public const string CovenantAssessmentAssessor = "ux_covenant_assessments_assessor";
    public const string CampaignRegistrationUnit = "ux_campaign_registrations_unit";
    public const string CampaignReportPeriod = "ux_campaign_reports_unit_phase";
    public const string PersonCitizenId = "ux_people_citizen_id";
    public const string AwardRecipientYear = "ux_award_records_recipient_type_year";
    public const string NominationDecisionNumber = "ux_nominations_decision_number";
    public const string ProvinceParametersEffectiveDate = "ux_province_parameters_province_date";
    public const string ProvincialAwardTypeCode = "ux_provincial_award_types_code";
    public const string DocumentIdentity = "ux_documents_identity";
}
