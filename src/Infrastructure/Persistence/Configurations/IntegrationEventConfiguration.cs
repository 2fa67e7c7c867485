using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Events;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEventRecord>
{
    public void Configure(EntityTypeBuilder<IntegrationEventRecord> b)
    {
        b.ToTable("integration_events");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).UseIdentityAlwaysColumn();
        b.HasIndex(x => x.Id).IsUnique();
        b.Property(x => x.Type).HasMaxLength(64).IsRequired();
        b.Property(x => x.DataVersion).HasMaxLength(8).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(300).IsRequired();
        b.Property(x => x.Data).HasColumnType("jsonb");
        b.HasIndex(x => new { x.AuthorityUnitId, x.Sequence });
    }
}
