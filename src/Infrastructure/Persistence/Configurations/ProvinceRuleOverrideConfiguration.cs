using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class ProvinceRuleOverrideConfiguration : IEntityTypeConfiguration<ProvinceRuleOverride>
{
    public void Configure(EntityTypeBuilder<ProvinceRuleOverride> b)
    {
        b.ToTable("province_rule_overrides");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Province).HasMaxLength(100).IsRequired();
        b.Property(x => x.ProvinceKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.AdvancedCollectiveMemberShare).HasPrecision(5, 4);
        b.Property(x => x.Article).HasMaxLength(ProvinceRuleOverride.ArticleMaxLength).IsRequired();
        b.OwnsOne(x => x.LegalBasis, d => d.MapDocument("legal_basis"));
        b.Navigation(x => x.LegalBasis).IsRequired();

        // One parameter set per province and effective date, race-proof.
        b.HasIndex(x => new { x.ProvinceKey, x.EffectiveFrom }).IsUnique().HasDatabaseName(UniqueConstraints.ProvinceRuleEffectiveDate);
    }
}
