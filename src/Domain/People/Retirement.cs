using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>
/// What opens a long-service (quá trình cống hiến) proposal (Nghị định 152/2025/NĐ-CP, Điều 9.2): a notice of retirement
/// (thông báo nghỉ chế độ hưu trí), a retirement decision (quyết định nghỉ hưu), or — for a leader past the age limit
/// of the position whose working time was extended for professional work — leaving the leadership position.
/// </summary>
public enum RetirementKind
{
    Notice = 1,
    Decision = 2,

    /// <summary>Thôi giữ chức vụ lãnh đạo, quản lý khi hết tuổi giữ chức vụ, được kéo dài thời gian công tác làm chuyên môn.</summary>
    LeadershipEnded = 3,
}

/// <summary>
/// The person's retirement (nghỉ hưu) as notified or decided: the document (its date is the day it was notified or
/// decided), the day the person retires, and whether the person is among those whose retirement age is set higher
/// (then a woman leader's time in positions is not reduced, Decree 152/2025 Art. 4.7). Personal data.
/// </summary>
public sealed class Retirement
{
    private Retirement()
    {
    }

    public RetirementKind Kind { get; private set; }

    /// <summary>The day the person retires (or leaves the leadership position, for <see cref="RetirementKind.LeadershipEnded"/>).</summary>
    public DateOnly RetiresOn { get; private set; }

    /// <summary>Thuộc đối tượng được quy định tuổi nghỉ hưu cao hơn.</summary>
    public bool HigherRetirementAge { get; private set; }

    /// <summary>The notice or decision; its date is the day retirement was notified or decided.</summary>
    public DocumentReference Document { get; private set; } = null!;

    public DateOnly NotifiedOn => Document.Date;

    internal static Retirement Create(RetirementKind kind, DateOnly retiresOn, bool higherRetirementAge, DocumentReference document) =>
        new() { Kind = kind, RetiresOn = retiresOn, HigherRetirementAge = higherRetirementAge, Document = document };
}
