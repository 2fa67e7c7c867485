using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.StoredShapes;
using ThiDua.Infrastructure.Persistence.StoredShapes.Covenants;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class CovenantAssessmentConfiguration : IEntityTypeConfiguration<CovenantAssessment>
{
    public void Configure(EntityTypeBuilder<CovenantAssessment> b)
    {
        b.ToTable("covenant_assessments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsRowVersion();
        b.Ignore(x => x.DomainEvents);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(CovenantAssessment.NoteMaxLength);
        b.Property(x => x.UpdatedBy).HasMaxLength(200).IsRequired();
        b.HasOne<Covenant>().WithMany().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.AssessedUnitId).OnDelete(DeleteBehavior.Restrict);

        // One assessment per covenant, assessed unit, kind and assessor (race-proof).
        b.HasIndex(x => new { x.CovenantId, x.AssessedUnitId, x.Kind, x.AssessorKey }).IsUnique()
            .HasDatabaseName(UniqueConstraints.CovenantAssessmentAssessor);

        b.Property(x => x.Scores).HasStoredShape(AssessmentScoresV1.From, s => s.ToDomain());
        b.Property(x => x.RecordedAs).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.History).HasStoredShape(HistoricalRecordV1.FromAll, HistoricalRecordV1.ToDomainAll).IsRequired();

        b.OwnsOne(x => x.Staff, s =>
        {
            s.Property(x => x.Total).HasColumnName("staff_total");
            s.Property(x => x.Women).HasColumnName("staff_women");
            s.Ignore(x => x.WomenShare);
        });

        b.OwnsMany(x => x.Changes, c =>
        {
            c.ToTable("covenant_score_changes");
            c.WithOwner().HasForeignKey("AssessmentId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Item).HasMaxLength(64).IsRequired();
            c.Property(x => x.Reason).HasMaxLength(ScoreChange.ReasonMaxLength);
            c.Property(x => x.ChangedBy).HasMaxLength(200).IsRequired();
        });
        b.Navigation(x => x.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
