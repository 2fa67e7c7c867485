using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Common;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal static class DocumentReferenceMapping
{
    /// <summary>Maps a document reference as columns <c>{prefix}_number</c>, <c>{prefix}_date</c>, <c>{prefix}_issuer</c>.</summary>
    public static void MapDocument<TOwner>(this OwnedNavigationBuilder<TOwner, DocumentReference> b, string prefix)
        where TOwner : class
    {
        b.Property(d => d.Number).HasColumnName($"{prefix}_number").HasMaxLength(DocumentReference.NumberMaxLength).IsRequired();
        b.Property(d => d.Date).HasColumnName($"{prefix}_date");
        b.Property(d => d.Issuer).HasColumnName($"{prefix}_issuer").HasMaxLength(DocumentReference.IssuerMaxLength);
    }
}
