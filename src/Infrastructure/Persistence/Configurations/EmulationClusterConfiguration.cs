using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Queries;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class EmulationClusterConfiguration : IEntityTypeConfiguration<EmulationCluster>
{
    public const string NameKeyProperty = "NameKey";

    public void Configure(EntityTypeBuilder<EmulationCluster> b)
    {
        b.ToTable("clusters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);

        b.Property(x => x.Name).HasMaxLength(EmulationCluster.NameMaxLength).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Description).HasMaxLength(EmulationCluster.DescriptionMaxLength);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.ManagingAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.GroupingDecision, d => d.MapDocument("grouping_decision"));

        // One name per managing authority, whatever the case (race-proof).
        b.Property<string>(NameKeyProperty).HasComputedColumnSql("lower(name)", stored: true);
        b.HasIndex(nameof(EmulationCluster.ManagingAuthorityId), NameKeyProperty).IsUnique().HasDatabaseName(UniqueConstraints.ClusterName);

        b.Property<string>(Like.SearchTextProperty).HasComputedColumnSql("thidua.search_normalize(name)", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_clusters_search_text");

        b.OwnsMany(x => x.Terms, t =>
        {
            t.ToTable("cluster_terms");
            t.WithOwner().HasForeignKey(x => x.ClusterId);
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.HasIndex(x => new { x.ClusterId, x.Year }).IsUnique().HasDatabaseName(UniqueConstraints.ClusterTermYear);
            t.Ignore(x => x.CurrentElection);
            t.Ignore(x => x.HeadVacantSince);
            t.Ignore(x => x.DeputyVacantSince);

            t.OwnsMany(x => x.Members, m =>
            {
                m.ToTable("cluster_members");
                m.WithOwner().HasForeignKey("TermId");
                m.HasKey(x => x.Id);
                m.Property(x => x.Id).ValueGeneratedNever();
                m.Property(x => x.ClusterKind).HasConversion<string>().HasMaxLength(32);
                m.Property(x => x.LeaveReason).HasConversion<string>().HasMaxLength(32);
                m.Ignore(x => x.IsCurrent);
                m.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
                m.HasIndex(x => x.UnitId);

                // domain.md §4: a unit is in at most one cluster and one block of the same managing authority per year.
                m.HasIndex(x => new { x.ManagingAuthorityId, x.ClusterKind, x.Year, x.UnitId })
                    .IsUnique()
                    .HasDatabaseName(UniqueConstraints.ClusterMemberGrouping);
            });
            t.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);

            t.OwnsMany(x => x.Elections, e =>
            {
                e.ToTable("cluster_elections");
                e.WithOwner().HasForeignKey("TermId");
                e.HasKey(x => x.Id);
                e.Property(x => x.Id).ValueGeneratedNever();
                e.OwnsOne(x => x.Document, d => d.MapDocument("document"));
                e.Navigation(x => x.Document).IsRequired();
            });
            t.Navigation(x => x.Elections).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        b.Navigation(x => x.Terms).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
