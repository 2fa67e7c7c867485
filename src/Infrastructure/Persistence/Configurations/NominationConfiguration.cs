using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.StoredShapes.Nominations;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.ToTable("nominations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Title).HasMaxLength(Nomination.TitleMaxLength).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CommendationType).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RuleSetCode).HasMaxLength(32);
        b.Property(x => x.ReturnReason).HasMaxLength(Nomination.ReasonMaxLength);
        b.Property(x => x.NotAwardedReason).HasMaxLength(Nomination.ReasonMaxLength);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.ProposingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProposingUnitId, x.Year });

        b.OwnsOne(x => x.Submission, d => d.MapDocument("submission"));
        b.OwnsOne(x => x.Decision, d =>
        {
            d.OwnsOne(x => x.Document, doc => doc.MapDocument("decision"));
            d.Navigation(x => x.Document).IsRequired();
            d.Property(x => x.SignerName).HasColumnName("decision_signer_name").HasMaxLength(AwardDecision.SignerMaxLength);
            d.Property(x => x.SignerTitle).HasColumnName("decision_signer_title").HasMaxLength(AwardDecision.SignerMaxLength);
            d.Property(x => x.IssuerKey).HasColumnName("decision_issuer_key").HasMaxLength(200);
            d.Property(x => x.Year).HasColumnName("decision_year");
            d.Property(x => x.NumberKey).HasColumnName("decision_number_key").HasMaxLength(64);

            // One decision number per issuing body and year (Decree 30/2020/NĐ-CP), race-proof.
            d.HasIndex(x => new { x.IssuerKey, x.Year, x.NumberKey }).IsUnique().HasDatabaseName(UniqueConstraints.NominationDecisionNumber);
        });

        b.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("nomination_lines");
            l.WithOwner().HasForeignKey("NominationId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            // Unique per dossier through a deferrable constraint that migration NominationLineNumbers creates
            // (uq_nomination_lines_number, checked at commit): removing a line renumbers those after it in one save.
            l.Property(x => x.Number);
            l.Property(x => x.AwardTypeCode).HasMaxLength(64).IsRequired();
            l.Property(x => x.RecipientKind).HasConversion<string>().HasMaxLength(16);
            l.Property(x => x.NomineeName).HasMaxLength(300).IsRequired();
            l.Property(x => x.AchievementSummary).HasMaxLength(NominationLine.SummaryMaxLength).IsRequired();
            l.Property(x => x.Justification).HasMaxLength(NominationLine.JustificationMaxLength);
            l.Property(x => x.Evidence).HasColumnType("text[]");
            l.Property(x => x.BasisInitiativeIds).HasColumnType("uuid[]");
            l.Property(x => x.Eligibility!).HasImmutableStoredShape(EligibilityResultV1.From, stored => stored.ToDomain());
            l.OwnsOne(x => x.AchievementReport, d => d.MapDocument("achievement_report"));
            l.OwnsOne(x => x.CouncilMinutes, d => d.MapDocument("council_minutes"));
            l.OwnsOne(x => x.Vote, v =>
            {
                v.Property(x => x.Members).HasColumnName("vote_members");
                v.Property(x => x.Present).HasColumnName("vote_present");
                v.Property(x => x.Yes).HasColumnName("vote_yes");
                v.Property(x => x.WrittenYes).HasColumnName("vote_written_yes");
                v.Property(x => x.Passed).HasColumnName("vote_passed");
            });
            l.OwnsOne(x => x.Hold, h =>
            {
                h.Property(x => x.Step).HasColumnName("hold_step").HasConversion<string>().HasMaxLength(16);
                h.Property(x => x.CheckedOn).HasColumnName("hold_checked_on");
                h.Property(x => x.Facts).HasColumnName("hold_facts").HasMaxLength(2000);
                h.Property(x => x.LegalBasis).HasColumnName("hold_legal_basis").HasMaxLength(300);
            });
            l.Ignore(x => x.IsHeld);
            l.Ignore(x => x.FailsEligibility);
            l.Ignore(x => x.EffectiveBasis);
            l.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            l.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
