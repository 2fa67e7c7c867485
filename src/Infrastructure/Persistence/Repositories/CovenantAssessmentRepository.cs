using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CovenantAssessmentRepository(ThiDuaDbContext db) : ICovenantAssessmentRepository
{
    public Task<CovenantAssessment?> FindAsync(
        CovenantId covenantId, UnitId assessedUnitId, AssessorKind kind, UnitId assessorKey, CancellationToken cancellationToken) =>
        db.CovenantAssessments.FirstOrDefaultAsync(
            a => a.CovenantId == covenantId && a.AssessedUnitId == assessedUnitId && a.Kind == kind && a.AssessorKey == assessorKey,
            cancellationToken);

    public async Task<IReadOnlyList<CovenantAssessment>> ListAsync(CovenantId covenantId, CancellationToken cancellationToken) =>
        await db.CovenantAssessments.AsNoTracking().AsSplitQuery().Where(a => a.CovenantId == covenantId).ToListAsync(cancellationToken);

    public void Add(CovenantAssessment assessment) => db.CovenantAssessments.Add(assessment);
}
