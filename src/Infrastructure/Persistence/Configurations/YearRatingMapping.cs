using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal static class YearRatingMapping
{
    /// <summary>Maps yearly ratings as rows of <paramref name="table"/>, one per owner and year.</summary>
    public static void MapRatings<TOwner>(this OwnedNavigationBuilder<TOwner, YearRating> r, string table, string ownerKey)
        where TOwner : class
    {
        r.ToTable(table);
        r.WithOwner().HasForeignKey(ownerKey);
        r.HasKey(ownerKey, nameof(YearRating.Year));
        r.Property(x => x.Year).ValueGeneratedNever();
        r.Property(x => x.Rating).HasConversion<string>().HasMaxLength(16);
        r.OwnsOne(x => x.Document, d => d.MapDocument("document"));
    }
}
