using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Queries;
using ThiDua.Infrastructure.Persistence.StoredShapes.Campaigns;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public const string KindProperty = "KindValue";

    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        // Launched either by an authority (a unit) or by a cluster for the members of one year's term (ADR 0013).
        b.ToTable("campaigns", t => t.HasCheckConstraint(
            "ck_campaigns_one_launcher",
            "(launching_authority_id IS NULL) <> (launching_cluster_id IS NULL) AND (launching_cluster_id IS NULL) = (cluster_year IS NULL)"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.LaunchingAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.LaunchingAuthorityId);
        b.HasOne<EmulationCluster>().WithMany().HasForeignKey(x => x.LaunchingClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.LaunchingClusterId);

        b.Property(x => x.StatisticsScope).HasConversion<string>().HasMaxLength(32);
        b.OwnsOne(x => x.FinalReview, r =>
        {
            r.Property(x => x.Date).HasColumnName("final_review_date");
            r.Property(x => x.Summary).HasColumnName("final_review_summary").HasMaxLength(FinalReview.SummaryMaxLength).IsRequired();
            r.OwnsOne(x => x.Document, d => d.MapDocument("final_review_document"));
            r.Navigation(x => x.Document).IsRequired();
        });

        // The plan (letter, phases, contents, scope) is one document, frozen at launch but for appended phases.
        b.Property(x => x.Plan).HasStoredShape(CampaignPlanV1.From, stored => stored.ToDomain());

        // Kind is stored inside the plan; a generated column lets lists filter on it in SQL.
        b.Property<int>(KindProperty).HasComputedColumnSql("((plan ->> 'kind')::int)", stored: true);
        b.HasIndex(KindProperty);

        b.Property<string>(Like.SearchTextProperty).HasComputedColumnSql(
            "thidua.search_normalize((plan ->> 'title') || ' ' || (plan ->> 'theme') || ' ' || (plan -> 'letter' ->> 'number'))", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_campaigns_search_text");
    }
}
