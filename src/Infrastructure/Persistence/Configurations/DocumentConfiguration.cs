using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;
using ThiDua.Infrastructure.Persistence.Documents;
using ThiDua.Infrastructure.Persistence.Queries;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("documents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.SignaturesStatus).HasConversion<string>().HasMaxLength(32);

        b.OwnsOne(x => x.Metadata, m =>
        {
            m.Property(x => x.AgencyCode).HasColumnName("agency_code").HasMaxLength(AgencyCode.Length).IsRequired();
            m.Property(x => x.AgencyName).HasColumnName("agency_name").HasMaxLength(DocumentMetadata.AgencyNameMaxLength).IsRequired();
            m.Property(x => x.Number).HasColumnName("number").HasMaxLength(DocumentMetadata.NumberMaxLength).IsRequired();
            m.Property(x => x.Notation).HasColumnName("notation").HasMaxLength(DocumentMetadata.NotationMaxLength).IsRequired();
            m.Property(x => x.IssuedOn).HasColumnName("issued_on");
            m.Property(x => x.Type).HasColumnName("type").HasConversion<string>().HasMaxLength(32);
            m.Property(x => x.Subject).HasColumnName("subject").HasMaxLength(DocumentMetadata.SubjectMaxLength).IsRequired();
            m.Property(x => x.SignerPosition).HasColumnName("signer_position").HasMaxLength(DocumentMetadata.SignerPositionMaxLength).IsRequired();
            m.Property(x => x.SignerName).HasColumnName("signer_name").HasMaxLength(DocumentMetadata.SignerNameMaxLength).IsRequired();
            m.Property(x => x.PageCount).HasColumnName("page_count");
            m.Property(x => x.Recipients).HasColumnName("recipients");
            m.Property(x => x.EOfficeId).HasColumnName("e_office_id").HasMaxLength(DocumentMetadata.EOfficeIdMaxLength);
            m.Ignore(x => x.NumberAndNotation);

            // Decree 30/2020/NĐ-CP, Appendix VI: a document already stored with the same number, notation and issuer is a
            // duplicate; the date and type complete the identity (numbers restart every year and per type register).
            m.HasIndex(x => new { x.AgencyCode, x.Number, x.Notation, x.IssuedOn, x.Type }).IsUnique().HasDatabaseName(UniqueConstraints.DocumentIdentity);
            m.HasIndex(x => new { x.IssuedOn }).HasDatabaseName("ix_documents_issued_on");
        });
        b.Navigation(x => x.Metadata).IsRequired();

        b.OwnsOne(x => x.File, f =>
        {
            f.Property(x => x.FileName).HasColumnName("file_name").HasMaxLength(DocumentFile.FileNameMaxLength);
            f.Property(x => x.ContentType).HasColumnName("file_content_type").HasMaxLength(100);
            f.Property(x => x.Size).HasColumnName("file_size");
            f.Property(x => x.Sha256).HasColumnName("file_sha256").HasMaxLength(64).IsFixedLength();
        });

        b.OwnsMany(x => x.Signatures, s =>
        {
            s.ToTable("document_signatures");
            s.WithOwner().HasForeignKey("DocumentId");
            s.Property<int>("Id").ValueGeneratedOnAdd();
            s.HasKey("Id");
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            s.Property(x => x.SignerName).HasMaxLength(SignatureCheck.NameMaxLength);
            s.Property(x => x.SignerSubject).HasMaxLength(SignatureCheck.NameMaxLength);
            s.Property(x => x.IssuerSubject).HasMaxLength(SignatureCheck.NameMaxLength);
            s.Property(x => x.CertificateSerialNumber).HasMaxLength(128);
            s.Property(x => x.Detail).HasMaxLength(SignatureCheck.DetailMaxLength);
        });
        b.Navigation(x => x.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Accent- and case-insensitive search over subject, number/notation and agency name (trigram index, as units and people).
        b.Property<string>(Like.SearchTextProperty)
            .HasComputedColumnSql("thidua.search_normalize(subject || ' ' || number || '/' || notation || ' ' || agency_name)", stored: true);
        b.HasIndex(Like.SearchTextProperty).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_documents_search_text");
    }
}

internal sealed class StoredDocumentFileConfiguration : IEntityTypeConfiguration<StoredDocumentFile>
{
    public void Configure(EntityTypeBuilder<StoredDocumentFile> b)
    {
        b.ToTable("document_files");
        b.HasKey(x => x.DocumentId);
        b.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(x => x.Content).IsRequired();
        b.HasOne<Document>().WithOne().HasForeignKey<StoredDocumentFile>(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
