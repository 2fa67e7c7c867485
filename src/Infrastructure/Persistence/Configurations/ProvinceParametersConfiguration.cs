using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class ProvinceParametersConfiguration : IEntityTypeConfiguration<ProvinceParameters>
{
    public void Configure(EntityTypeBuilder<ProvinceParameters> b)
    {
        b.ToTable("province_parameters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.Values);
        b.Property(x => x.Province).HasMaxLength(ProvinceParameters.ProvinceMaxLength).IsRequired();
        b.Property(x => x.ProvinceKey).HasMaxLength(ProvinceParameters.ProvinceMaxLength).IsRequired();
        b.Property(x => x.AdvancedCollectiveMemberShare).HasPrecision(5, 4);
        b.Property(x => x.AdvancedCollectiveArticle).HasMaxLength(ProvinceParameters.ArticleMaxLength);
        b.Property(x => x.ExcellentCollectiveMemberShare).HasPrecision(5, 4);
        b.Property(x => x.ExcellentCollectiveArticle).HasMaxLength(ProvinceParameters.ArticleMaxLength);
        b.Property(x => x.AwardSessionAttendance).HasPrecision(5, 4);
        b.Property(x => x.AwardSessionAttendanceArticle).HasMaxLength(ProvinceParameters.ArticleMaxLength);
        b.Property(x => x.RegistrationArticle).HasMaxLength(ProvinceParameters.ArticleMaxLength);
        b.Property(x => x.ProvincialFlagArticle).HasMaxLength(ProvinceParameters.ArticleMaxLength);
        b.OwnsOne(x => x.LegalBasis, d => d.MapDocument("legal_basis"));
        b.Navigation(x => x.LegalBasis).IsRequired();

        // One version per province and effective date, race-proof.
        b.HasIndex(x => new { x.ProvinceKey, x.EffectiveFrom }).IsUnique().HasDatabaseName(UniqueConstraints.ProvinceParametersEffectiveDate);
    }
}
