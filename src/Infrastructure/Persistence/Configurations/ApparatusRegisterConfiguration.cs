using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Configurations;

/// <summary>An authority's TĐKT apparatus register per report year, its units and staff in two child tables (ADR 0034).</summary>
internal sealed class ApparatusRegisterConfiguration : IEntityTypeConfiguration<ApparatusRegister>
{
    public void Configure(EntityTypeBuilder<ApparatusRegister> b)
    {
        b.ToTable("statistics_apparatus_registers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);

        // One register per authority and year; declarations for an authority hold its row, so this never races.
        b.HasIndex(x => new { x.AuthorityId, x.Year }).IsUnique();

        b.OwnsMany(x => x.Units, u =>
        {
            u.ToTable("statistics_apparatus_units");
            u.WithOwner().HasForeignKey("RegisterId");
            u.Property<int>("Id").ValueGeneratedOnAdd();
            u.HasKey("Id");
            u.Property(x => x.Reference).HasMaxLength(ApparatusUnitEntry.ReferenceMaxLength).IsRequired();
            u.Property(x => x.Name).HasMaxLength(ApparatusUnitEntry.NameMaxLength).IsRequired();
            u.Property(x => x.Level).HasConversion<string>().HasMaxLength(32);
            u.Property(x => x.Staffing).HasConversion<string>().HasMaxLength(16);
        });
        b.Navigation(x => x.Units).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.Staff, s =>
        {
            s.ToTable("statistics_apparatus_staff");
            s.WithOwner().HasForeignKey("RegisterId");
            s.Property<int>("Id").ValueGeneratedOnAdd();
            s.HasKey("Id");
            s.Property(x => x.Reference).HasMaxLength(ApparatusStaffEntry.ReferenceMaxLength).IsRequired();
            s.Property(x => x.Gender).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Education).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Staffing).HasConversion<string>().HasMaxLength(16);
        });
        b.Navigation(x => x.Staff).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
