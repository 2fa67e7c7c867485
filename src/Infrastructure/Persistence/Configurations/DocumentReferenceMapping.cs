using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal static class DocumentReferenceMapping
{
    /// <summary>
    /// Maps a document reference as columns <c>{prefix}_number</c>, <c>{prefix}_date</c>, <c>{prefix}_issuer</c> and
    /// <c>{prefix}_document_id</c> (the stored document it cites; a foreign key to <c>documents</c>, ADR 0029), or
    /// <c>{prefix}_id</c> where the prefix already ends in <c>document</c>.
    /// </summary>
    public static void MapDocument<TOwner>(this OwnedNavigationBuilder<TOwner, DocumentReference> b, string prefix)
        where TOwner : class
    {
        b.Property(d => d.Number).HasColumnName($"{prefix}_number").HasMaxLength(DocumentReference.NumberMaxLength).IsRequired();
        b.Property(d => d.Date).HasColumnName($"{prefix}_date");
        b.Property(d => d.Issuer).HasColumnName($"{prefix}_issuer").HasMaxLength(DocumentReference.IssuerMaxLength);
        b.Property(d => d.DocumentId).HasColumnName(LinkColumn(prefix));
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>The column of the stored document a reference with columns <c>{prefix}_…</c> cites.</summary>
    public static string LinkColumn(string prefix) => prefix.EndsWith("document", StringComparison.Ordinal) ? $"{prefix}_id" : $"{prefix}_document_id";
}
