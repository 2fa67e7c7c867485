using ThiDua.Domain.Common;

namespace ThiDua.Domain.CovenantAssessments;

/// <summary>Identity of one assessment of one unit under a covenant.</summary>
public readonly record struct CovenantAssessmentId(Guid Value) : IEntityId
{
    public static CovenantAssessmentId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
