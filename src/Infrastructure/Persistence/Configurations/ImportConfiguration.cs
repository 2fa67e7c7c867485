using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.DataImports;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class ImportConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> b)
    {
        b.ToTable("imports");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(255).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.Status).HasMaxLength(16).IsRequired();
        b.Property(x => x.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.Property(x => x.CreatedByRoles).IsRequired();
        b.Property(x => x.FailureCode).HasMaxLength(64);
        b.Property(x => x.FailureMessageVi).HasMaxLength(1000);
        b.Property(x => x.FailureMessageEn).HasMaxLength(1000);

        // Idempotency by hash: one import per caller and file that has not failed (ADR 0033).
        b.HasIndex(x => new { x.CreatedBy, x.Sha256 }).IsUnique().HasFilter("status <> 'failed'");

        // The worker's claim: queued imports, and running ones whose lease ended.
        b.HasIndex(x => x.CreatedAt).HasFilter("status IN ('queued', 'running')");
    }
}

internal sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFileRecord>
{
    public void Configure(EntityTypeBuilder<ImportFileRecord> b)
    {
        b.ToTable("import_files");
        b.HasKey(x => x.ImportId);
        b.Property(x => x.Content).IsRequired();
        b.HasOne<ImportRecord>().WithOne().HasForeignKey<ImportFileRecord>(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportErrorConfiguration : IEntityTypeConfiguration<ImportErrorRecord>
{
    public void Configure(EntityTypeBuilder<ImportErrorRecord> b)
    {
        b.ToTable("import_errors");
        b.HasKey(x => new { x.ImportId, x.Ordinal });
        b.Property(x => x.Sheet).HasMaxLength(64).IsRequired();
        b.Property(x => x.ColumnLetter).HasMaxLength(8).IsRequired();
        b.Property(x => x.Header).HasMaxLength(100).IsRequired();
        b.Property(x => x.Code).HasMaxLength(64).IsRequired();
        b.Property(x => x.MessageVi).HasMaxLength(1000).IsRequired();
        b.Property(x => x.MessageEn).HasMaxLength(1000).IsRequired();
        b.HasOne<ImportRecord>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
