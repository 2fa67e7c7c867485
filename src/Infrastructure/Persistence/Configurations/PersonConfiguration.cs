using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Queries;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.CurrentEmployment);
        b.Property(x => x.FullName).HasMaxLength(Person.NameMaxLength).IsRequired();
        b.Property(x => x.Gender).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CitizenId).HasMaxLength(Person.CitizenIdLength);
        b.HasIndex(x => x.CitizenId).IsUnique().HasFilter("citizen_id IS NOT NULL").HasDatabaseName(UniqueConstraints.PersonCitizenId);
        b.Property(x => x.CivilServantCode).HasMaxLength(Person.CivilServantCodeMaxLength);
        b.HasIndex(x => x.CivilServantCode).HasFilter("civil_servant_code IS NOT NULL");
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.CurrentUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CurrentUnitId);

        b.OwnsMany(x => x.Employments, e =>
        {
            e.ToTable("person_employments");
            e.WithOwner().HasForeignKey("PersonId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Position).HasMaxLength(Employment.PositionMaxLength).IsRequired();
            e.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.UnitId);
        });
        b.Navigation(x => x.Employments).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Ratings, r => r.MapRatings("person_ratings", "PersonId"));
        b.Navigation(x => x.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Initiatives, i =>
        {
            i.ToTable("person_initiatives");
            i.WithOwner().HasForeignKey("PersonId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Title).HasMaxLength(Initiative.TitleMaxLength).IsRequired();
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            i.Property(x => x.Scope).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.RecognisingBody).HasMaxLength(300).IsRequired();

            // R9: the standing award the initiative supports (no foreign key: awards are another aggregate, and the
            // award is inserted in the same save).
            i.Property(x => x.SupportsAwardId);
            i.OwnsOne(x => x.Document, d => d.MapDocument("document"));
            i.Navigation(x => x.Document).IsRequired();
        });
        b.Navigation(x => x.Initiatives).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Disciplines, d =>
        {
            d.ToTable("person_disciplines");
            d.WithOwner().HasForeignKey("PersonId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.Reason).HasMaxLength(Discipline.ReasonMaxLength).IsRequired();
            d.OwnsOne(x => x.LegalBasis, l => l.MapDocument("legal_basis"));
            d.Navigation(x => x.LegalBasis).IsRequired();
        });
        b.Navigation(x => x.Disciplines).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Leaves, l =>
        {
            l.ToTable("person_leaves");
            l.WithOwner().HasForeignKey("PersonId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            l.Ignore(x => x.CountsAsWorked);
            l.OwnsOne(x => x.Document, d => d.MapDocument("document"));
            l.Navigation(x => x.Document).IsRequired();
        });
        b.Navigation(x => x.Leaves).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Positions, p =>
        {
            p.ToTable("person_positions");
            p.WithOwner().HasForeignKey("PersonId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Title).HasMaxLength(Position.TitleMaxLength).IsRequired();
            p.Property(x => x.Level).HasConversion<string>().HasMaxLength(24);
            p.Ignore(x => x.IsLeadership);
            p.OwnsOne(x => x.Appointment, d => d.MapDocument("appointment"));
            p.Navigation(x => x.Appointment).IsRequired();
        });
        b.Navigation(x => x.Positions).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsOne(x => x.Retirement, r =>
        {
            r.ToTable("person_retirements");
            r.WithOwner().HasForeignKey("PersonId");
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            r.Ignore(x => x.NotifiedOn);
            r.OwnsOne(x => x.Document, d => d.MapDocument("document"));
            r.Navigation(x => x.Document).IsRequired();
        });

        b.Property<string>(Like.SearchTextProperty)
            .HasComputedColumnSql("thidua.search_normalize(full_name || ' ' || coalesce(civil_servant_code, ''))", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_people_search_text");
    }
}
