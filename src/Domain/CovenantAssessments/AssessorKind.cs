namespace ThiDua.Domain.CovenantAssessments;

/// <summary>Who scored: the unit itself (tự chấm), another member (chấm chéo), or the verifier (thẩm định).</summary>
public enum AssessorKind
{
    Self = 1,
    Peer = 2,
    Verified = 3,
}
