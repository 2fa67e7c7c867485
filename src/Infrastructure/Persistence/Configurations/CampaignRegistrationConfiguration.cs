using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.StoredShapes;
using ThiDua.Infrastructure.Persistence.StoredShapes.CampaignRegistrations;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class CampaignRegistrationConfiguration : IEntityTypeConfiguration<CampaignRegistration>
{
    public void Configure(EntityTypeBuilder<CampaignRegistration> b)
    {
        b.ToTable("campaign_registrations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.SubmittedBy).HasMaxLength(200).IsRequired();
        b.Property(x => x.ReviewedBy).HasMaxLength(200);
        b.Property(x => x.RejectionReason).HasMaxLength(CampaignRegistration.ReasonMaxLength);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);

        // One registration per unit per campaign (race-proof); also serves the campaign's lists and counts.
        b.HasIndex(x => new { x.CampaignId, x.UnitId }).IsUnique().HasDatabaseName(UniqueConstraints.CampaignRegistrationUnit);

        // Target titles, models and individual targets are one document, replaced as a whole on each revision.
        b.Property(x => x.Content).HasStoredShape(RegistrationContentV1.From, stored => stored.ToDomain());

        // Historical record mode (ADR 0014).
        b.Property(x => x.RecordedAs).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.History).HasStoredShape(HistoricalRecordV1.FromAll, HistoricalRecordV1.ToDomainAll).IsRequired();
    }
}
