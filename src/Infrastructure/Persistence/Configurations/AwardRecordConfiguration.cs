using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> b)
    {
        b.ToTable("award_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.IsRevoked);
        b.Property(x => x.AwardTypeCode).HasMaxLength(64).IsRequired();
        b.Property(x => x.RecipientKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CommendationType).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RevocationGround).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.StatisticsRecipientCategory).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.StatisticsAwardMethod).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.RevocationReason).HasMaxLength(AwardRecord.ReasonMaxLength);
        b.Property(x => x.RecipientNameAtDecision).HasMaxLength(300).IsRequired();
        b.Property(x => x.UnitNameAtDecision).HasMaxLength(300).IsRequired();
        b.Property(x => x.BasisInitiativeIds).HasColumnType("uuid[]");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.UnitId);
        b.OwnsOne(x => x.Decision, d => d.MapDocument("decision"));
        b.Navigation(x => x.Decision).IsRequired();
        b.OwnsOne(x => x.RevocationDecision, d => d.MapDocument("revocation_decision"));

        // One award of a type per recipient and year while it stands (Law 06/2022/QH15 Art. 5.2.c, R8); race-proof. Sudden
        // and thematic awards reward separate achievements (Decree 152/2025 Art. 4.3, R3) and are outside the rule.
        b.HasIndex(x => new { x.AwardTypeCode, x.RecipientKey, x.Year }).IsUnique()
            .HasFilter("revocation_ground IS NULL AND commendation_type NOT IN ('Sudden', 'Thematic')").HasDatabaseName(UniqueConstraints.AwardRecipientYear);
    }
}
