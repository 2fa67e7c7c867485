using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).UseIdentityAlwaysColumn();
        b.Property(x => x.Subject).HasMaxLength(200).IsRequired();
        b.Property(x => x.Key).HasMaxLength(IdempotencyStore.MaxKeyLength).IsRequired();
        b.Property(x => x.RequestHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(2000);
        b.Property(x => x.ETag).HasMaxLength(100);
        b.Property(x => x.CommandResults).IsRequired();
        b.HasIndex(x => new { x.Subject, x.Key }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
    }
}
