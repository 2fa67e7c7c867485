using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Queries;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{

    public void Configure(EntityTypeBuilder<OrganisationUnit> b)
    {
        b.ToTable("units");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.IsActive);

        b.Property(x => x.Code).HasMaxLength(OrganisationUnit.CodeMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique().HasDatabaseName(UniqueConstraints.UnitCode);
        b.Property(x => x.AgencyCode).HasMaxLength(ThiDua.Domain.Common.AgencyCode.Length);
        b.HasIndex(x => x.AgencyCode).IsUnique().HasDatabaseName(UniqueConstraints.UnitAgencyCode);
        b.Property(x => x.Name).HasMaxLength(OrganisationUnit.NameMaxLength).IsRequired();
        b.Property(x => x.ShortName).HasMaxLength(OrganisationUnit.ShortNameMaxLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Province).HasMaxLength(OrganisationUnit.ProvinceMaxLength).IsRequired();
        b.HasIndex(x => x.ParentId);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);

        b.OwnsMany(x => x.Ratings, r => r.MapRatings("unit_ratings", "UnitId"));
        b.Navigation(x => x.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Accent- and case-insensitive search text, kept by PostgreSQL; trigram index serves LIKE '%q%'.
        b.Property<string>(Like.SearchTextProperty)
            .HasComputedColumnSql("thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, '') || ' ' || coalesce(agency_code, ''))", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_units_search_text");

        b.OwnsMany(x => x.LineageEvents, e =>
        {
            e.ToTable("unit_lineage_events");
            e.WithOwner().HasForeignKey("UnitId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.PreviousName).HasMaxLength(OrganisationUnit.NameMaxLength);
            e.Property(x => x.NewName).HasMaxLength(OrganisationUnit.NameMaxLength);
            e.Property(x => x.Note).HasMaxLength(UnitLineageEvent.NoteMaxLength);
            e.OwnsOne(x => x.LegalBasis, d => d.MapDocument("legal_basis"));
            e.Navigation(x => x.LegalBasis).IsRequired();
            e.HasIndex(x => x.SuccessorId);
        });
        b.Navigation(x => x.LineageEvents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
