using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Queries;
using ThiDua.Infrastructure.Persistence.StoredShapes;
using ThiDua.Infrastructure.Persistence.StoredShapes.Covenants;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> b)
    {
        b.ToTable("covenants");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        b.HasOne<EmulationCluster>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClusterId, x.Year }).IsUnique().HasDatabaseName(UniqueConstraints.CovenantClusterYear);
        b.HasIndex(x => x.Year);

        // The covenant's content is one document, frozen once opened.
        b.Property(x => x.Terms).HasStoredShape(CovenantTermsV1.From, t => t.ToDomain());

        // Historical record mode (ADR 0014): how the covenant is kept, and its own acts entered as history.
        b.Property(x => x.RecordedAs).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.History).HasStoredShape(HistoricalRecordV1.FromAll, HistoricalRecordV1.ToDomainAll).IsRequired();

        b.Property(x => x.LeadingUnitIds)
            .HasColumnType("uuid[]")
            .HasConversion(
                ids => ids.Select(i => i.Value).ToArray(),
                values => values.Select(v => new UnitId(v)).ToList(),
                new ValueComparer<IReadOnlyList<UnitId>>(
                    (a, b) => a!.SequenceEqual(b!),
                    ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
                    ids => ids.ToList()));

        b.Property<string>(Like.SearchTextProperty).HasComputedColumnSql("thidua.search_normalize(terms ->> 'title')", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_covenants_search_text");

        b.OwnsOne(x => x.ScoreboardDecision, d => d.MapDocument("scoreboard_decision"));
        b.OwnsMany(x => x.Signatures, s =>
        {
            s.ToTable("covenant_signatures");
            s.WithOwner().HasForeignKey("CovenantId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.SignedBy).HasMaxLength(200).IsRequired();
            s.Property(x => x.SignatoryName).HasMaxLength(300);
            s.Property(x => x.Historical!).HasStoredShape(HistoricalRecordV1.From, r => r.ToDomain()); // SQL null when entered live
            s.OwnsOne(x => x.Document, d => d.MapDocument("document"));
            s.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            s.HasIndex("CovenantId", nameof(CovenantSignature.UnitId)).IsUnique().HasDatabaseName(UniqueConstraints.CovenantSignatureUnit);
        });
        b.Navigation(x => x.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
