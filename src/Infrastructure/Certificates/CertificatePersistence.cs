using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThiDua.Application.Certificates;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Certificates;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Infrastructure.Certificates;

/// <summary>
/// The counter row of one register (issuing body, calendar year): the last gold-book number and the last certificate
/// number given. Only <see cref="CertificateRegister"/> writes it, by one <c>INSERT … ON CONFLICT … DO UPDATE …
/// RETURNING</c>.
/// </summary>
internal sealed class CertificateCounter
{
    public string IssuerKey { get; set; } = null!;

    public int Year { get; set; }

    public int LastGoldBookNumber { get; set; }

    public int LastCertificateNumber { get; set; }
}

internal sealed class CertificateCounterConfiguration : IEntityTypeConfiguration<CertificateCounter>
{
    public void Configure(EntityTypeBuilder<CertificateCounter> b)
    {
        b.ToTable("certificate_counters", t =>
        {
            t.HasCheckConstraint("ck_certificate_counters_gold_book", "last_gold_book_number >= 0");
            t.HasCheckConstraint("ck_certificate_counters_certificate", "last_certificate_number >= 0");
        });
        b.HasKey(x => new { x.IssuerKey, x.Year });
        b.Property(x => x.IssuerKey).HasMaxLength(Certificate.IssuerKeyMaxLength);
    }
}

internal sealed class CertificateIdConverter() : ValueConverter<CertificateId, Guid>(id => id.Value, value => new CertificateId(value));

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("certificates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasConversion<CertificateIdConverter>().ValueGeneratedNever();
        b.Property(x => x.ReplacesId).HasConversion<CertificateIdConverter>();
        b.Property(x => x.SupersededById).HasConversion<CertificateIdConverter>();
        b.Property(x => x.AwardId).HasConversion(id => id.Value, value => new AwardRecordId(value));
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Ignore(x => x.IsSuperseded);
        b.Property(x => x.IssuerKey).HasMaxLength(Certificate.IssuerKeyMaxLength).IsRequired();
        b.Property(x => x.VerificationToken).HasMaxLength(Certificate.TokenLength).IsFixedLength().IsRequired();
        b.Property(x => x.ReissueReason).HasMaxLength(Certificate.ReasonMaxLength);

        // The award record is inserted by another handler of the same decision: the relationship orders the inserts.
        b.HasOne<AwardRecord>().WithMany().HasForeignKey(x => x.AwardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Certificate>().WithMany().HasForeignKey(x => x.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AwardId);
        b.HasIndex(x => x.VerificationToken).IsUnique().HasDatabaseName("ux_certificates_verification_token");

        // The register: one certificate number per issuer and year; one gold-book number per award (reissues share it).
        b.HasIndex(x => new { x.IssuerKey, x.Year, x.CertificateNumber }).IsUnique().HasDatabaseName("ux_certificates_issuer_year_certificate_number");
        b.HasIndex(x => new { x.IssuerKey, x.Year, x.GoldBookNumber }).IsUnique().HasFilter("NOT is_reissue").HasDatabaseName("ux_certificates_issuer_year_gold_book_number");
        b.OwnsOne(x => x.Content, c =>
        {
            c.Property(p => p.IssuerName).HasColumnName("issuer_name").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.AwardTypeCode).HasColumnName("award_type_code").HasMaxLength(64).IsRequired();
            c.Property(p => p.AwardName).HasColumnName("award_name").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.AwardLevel).HasColumnName("award_level").HasConversion<string>().HasMaxLength(16);
            c.Property(p => p.RecipientKind).HasColumnName("recipient_kind").HasConversion<string>().HasMaxLength(16);
            c.Property(p => p.Salutation).HasColumnName("salutation").HasMaxLength(16).IsRequired();
            c.Property(p => p.RecipientName).HasColumnName("recipient_name").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.RecipientPosition).HasColumnName("recipient_position").HasMaxLength(CertificateContent.TextMaxLength);
            c.Property(p => p.UnitName).HasColumnName("unit_name").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.AchievementText).HasColumnName("achievement_text").HasMaxLength(CertificateContent.AchievementMaxLength).IsRequired();
            c.Property(p => p.DecisionNumber).HasColumnName("decision_number").HasMaxLength(64).IsRequired();
            c.Property(p => p.DecisionDate).HasColumnName("decision_date");
            c.Property(p => p.Place).HasColumnName("place").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.SignerTitle).HasColumnName("signer_title").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
            c.Property(p => p.SignerName).HasColumnName("signer_name").HasMaxLength(CertificateContent.TextMaxLength).IsRequired();
        });
        b.Navigation(x => x.Content).IsRequired();
    }
}

internal sealed class CertificateRepository(ThiDuaDbContext db) : ICertificateRepository
{
    public Task<Certificate?> GetCurrentAsync(AwardRecordId awardId, CancellationToken cancellationToken) =>
        db.Set<Certificate>().FirstOrDefaultAsync(c => c.AwardId == awardId && c.SupersededById == null, cancellationToken);

    public void Add(Certificate certificate) => db.Set<Certificate>().Add(certificate);
}

/// <summary>
/// The register's counters. One statement creates the (issuer, year) row or moves it on, and returns the last numbers;
/// the row stays locked by the command's transaction until it commits or rolls back, so numbers come out in commit order
/// with no gap, and a rolled-back decision gives its numbers back (ADR 0027).
/// </summary>
internal sealed class CertificateRegister(ThiDuaDbContext db) : ICertificateRegister
{
    public async Task<RegisterNumbers> NextAsync(string issuerKey, int year, int goldBookEntries, int certificates, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerKey);
        ArgumentOutOfRangeException.ThrowIfNegative(goldBookEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(certificates);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Register numbers are taken inside a command's transaction.");
        }

        var key = issuerKey.Trim().ToUpperInvariant();
        var last = await db.Database.SqlQuery<LastNumbers>($"""
            INSERT INTO thidua.certificate_counters AS c (issuer_key, year, last_gold_book_number, last_certificate_number)
            VALUES ({key}, {year}, {goldBookEntries}, {certificates})
            ON CONFLICT (issuer_key, year) DO UPDATE
               SET last_gold_book_number = c.last_gold_book_number + {goldBookEntries},
                   last_certificate_number = c.last_certificate_number + {certificates}
            RETURNING c.last_gold_book_number AS last_gold_book, c.last_certificate_number AS last_certificate
            """).ToListAsync(cancellationToken);
        var row = last.Single();
        return new RegisterNumbers(row.LastGoldBook - goldBookEntries + 1, row.LastCertificate - certificates + 1);
    }

    private sealed record LastNumbers(int LastGoldBook, int LastCertificate);
}

internal sealed class CertificateQueries(ThiDuaDbContext db) : ICertificateQueries
{
    public async Task<CertificateRegisterEntry?> ForAwardAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var id = new AwardRecordId(awardId);
        var award = await db.AwardRecords.AsNoTracking().Where(a => a.Id == id).Select(a => new { Revoked = a.RevocationGround != null }).FirstOrDefaultAsync(cancellationToken);
        if (award is null)
        {
            return null;
        }

        var certificates = await db.Set<Certificate>().AsNoTracking().Where(c => c.AwardId == id)
            .OrderByDescending(c => c.CertificateNumber).ToListAsync(cancellationToken);

        // The current certificate (not superseded) first, then the earlier ones, latest first.
        return new CertificateRegisterEntry(true, award.Revoked, certificates.OrderBy(c => c.SupersededById is null ? 0 : 1).ToList());
    }

    public async Task<(Certificate Certificate, string AwardName, bool AwardRevoked)?> ByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var hit = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.VerificationToken == token)
            .Join(db.AwardRecords.AsNoTracking(), c => c.AwardId, a => a.Id, (c, a) => new { Certificate = c, Revoked = a.RevocationGround != null })
            .FirstOrDefaultAsync(cancellationToken);
        return hit is null ? null : (hit.Certificate, hit.Certificate.Content.AwardName, hit.Revoked);
    }
}
