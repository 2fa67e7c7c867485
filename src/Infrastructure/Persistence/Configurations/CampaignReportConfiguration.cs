using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.StoredShapes;
using ThiDua.Infrastructure.Persistence.StoredShapes.CampaignReports;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class CampaignReportConfiguration : IEntityTypeConfiguration<CampaignReport>
{
    public void Configure(EntityTypeBuilder<CampaignReport> b)
    {
        b.ToTable("campaign_reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Narrative).HasMaxLength(CampaignReport.NarrativeMaxLength).IsRequired();
        b.Property(x => x.SubmittedBy).HasMaxLength(200).IsRequired();
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);

        // One report per unit and phase, and one final report (phase NULL): NULLS NOT DISTINCT makes the final one unique too.
        b.HasIndex(x => new { x.CampaignId, x.UnitId, x.PhaseNumber }).IsUnique().AreNullsDistinct(false)
            .HasDatabaseName(UniqueConstraints.CampaignReportPeriod);

        b.Property(x => x.Indicators).HasStoredShape(ReportIndicatorV1.FromAll, ReportIndicatorV1.ToDomainAll);

        // Historical record mode (ADR 0014).
        b.Property(x => x.RecordedAs).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.History).HasStoredShape(HistoricalRecordV1.FromAll, HistoricalRecordV1.ToDomainAll).IsRequired();
    }
}
