using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class ProvincialAwardTypeConfiguration : IEntityTypeConfiguration<ProvincialAwardType>
{
    public void Configure(EntityTypeBuilder<ProvincialAwardType> b)
    {
        b.ToTable("provincial_award_types");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.Citation);
        b.Property(x => x.Code).HasMaxLength(ProvincialAwardType.CodeMaxLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(ProvincialAwardType.NameMaxLength).IsRequired();
        b.Property(x => x.RecipientKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ConferringAuthority).HasMaxLength(ProvincialAwardType.TextMaxLength).IsRequired();
        b.Property(x => x.Province).HasMaxLength(ProvinceParameters.ProvinceMaxLength).IsRequired();
        b.Property(x => x.ProvinceKey).HasMaxLength(ProvinceParameters.ProvinceMaxLength).IsRequired();
        b.Property(x => x.Article).HasMaxLength(ProvinceParameters.ArticleMaxLength).IsRequired();
        b.Property(x => x.BonusCoefficient).HasPrecision(6, 2);
        b.Property(x => x.BonusBasis).HasMaxLength(ProvincialAwardType.TextMaxLength).IsRequired();
        b.Property(x => x.VoteShare).HasPrecision(5, 4);
        b.Property(x => x.VoteBasis).HasMaxLength(ProvincialAwardType.TextMaxLength).IsRequired();
        b.OwnsOne(x => x.LegalBasis, d => d.MapDocument("legal_basis"));
        b.Navigation(x => x.LegalBasis).IsRequired();
        b.HasIndex(x => x.ProvinceKey);

        // Codes are unique across provinces and races, as lines, target titles and awards name a type by its code alone.
        b.HasIndex(x => x.Code).IsUnique().HasDatabaseName(UniqueConstraints.ProvincialAwardTypeCode);
    }
}
