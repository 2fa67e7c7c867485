using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CovenantAssessments;

/// <summary>Loads and adds assessments; implemented in Infrastructure.</summary>
public interface ICovenantAssessmentRepository
{
    Task<CovenantAssessment?> FindAsync(CovenantId covenantId, UnitId assessedUnitId, AssessorKind kind, UnitId assessorKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<CovenantAssessment>> ListAsync(CovenantId covenantId, CancellationToken cancellationToken);

    void Add(CovenantAssessment assessment);
}
