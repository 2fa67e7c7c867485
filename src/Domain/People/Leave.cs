using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>
/// Kinds of leave (nghỉ) the eligibility rules distinguish. Maternity leave counts as time worked for every title and
/// form (Nghị định 152/2025/NĐ-CP, Điều 4.5, R5); so does treatment of an injury suffered on duty (Thông tư 01/2024/TT-BNV
/// as summarised by the Bắc Ninh portal, domain.md §2.1 — confidence M, not re-read in Thông tư 15/2025/TT-BNV). The
/// other kinds are absences the council weighs.
/// </summary>
public enum LeaveKind
{
    /// <summary>Nghỉ thai sản: counted as time worked (R5).</summary>
    Maternity = 1,

    /// <summary>Nghỉ ốm đau.</summary>
    Sickness = 2,

    /// <summary>Điều trị thương tích khi thực hiện nhiệm vụ, cứu người, cứu tài sản: counted as time worked.</summary>
    DutyInjury = 3,

    /// <summary>Đi học, đào tạo, bồi dưỡng tập trung (không làm việc tại đơn vị).</summary>
    Study = 4,

    /// <summary>Nghỉ không hưởng lương, nghỉ việc riêng dài ngày.</summary>
    Unpaid = 5,
}

/// <summary>A period of leave with the document that grants or confirms it. Personal data: shown only to those entitled.</summary>
public sealed class Leave
{
    private Leave()
    {
    }

    public Guid Id { get; private set; }

    public LeaveKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>Last day of leave; null while it lasts.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>The decision, certificate or confirmation the leave rests on (quyết định, giấy chứng nhận nghỉ).</summary>
    public DocumentReference Document { get; private set; } = null!;

    /// <summary>Whether the leave counts as time worked (maternity, R5; treatment of an injury on duty).</summary>
    public bool CountsAsWorked => CountsAsWorkedFor(Kind);

    public static bool CountsAsWorkedFor(LeaveKind kind) => kind is LeaveKind.Maternity or LeaveKind.DutyInjury;

    /// <summary>Whether the leave shares a day with the period <paramref name="from"/>–<paramref name="to"/> (open ends run on).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => From <= (to ?? DateOnly.MaxValue) && from <= (To ?? DateOnly.MaxValue);

    internal static Leave Create(LeaveKind kind, DateOnly from, DateOnly? to, DocumentReference document) =>
        new() { Id = EntityIds.New(), Kind = kind, From = from, To = to, Document = document };

    internal void End(DateOnly lastDay) => To = lastDay;
}
