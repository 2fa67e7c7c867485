using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Audit;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).UseIdentityAlwaysColumn();
        b.Property(x => x.Subject).HasMaxLength(200).IsRequired();
        b.Property(x => x.DisplayName).HasMaxLength(300);
        b.Property(x => x.Operation).HasMaxLength(100).IsRequired();
        b.Property(x => x.ResourceType).HasMaxLength(100).IsRequired();
        b.Property(x => x.Action).HasMaxLength(20).IsRequired();
        b.Property(x => x.Changes).HasColumnType("jsonb");
        b.Property(x => x.State).HasColumnType("jsonb");
        b.Property(x => x.RecordedAs).HasMaxLength(16).IsRequired().HasDefaultValue("live");
        b.Property(x => x.HistoricalSourceNumber).HasMaxLength(Domain.Common.DocumentReference.NumberMaxLength);
        b.Property(x => x.HistoricalSourceIssuer).HasMaxLength(Domain.Common.DocumentReference.IssuerMaxLength);
        b.HasIndex(x => new { x.ResourceId, x.Id });
    }
}
