using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>
/// The level of a position (chức vụ), ordered from a position without leadership to the head of the province. The order
/// is the one Decree 152/2025/NĐ-CP Art. 9.3 reads: on days with several positions the highest counts, and time short
/// of a level's standard is added to the next lower level. Every level above <see cref="Staff"/> is a leadership or
/// management position (chức vụ lãnh đạo, quản lý).
/// </summary>
public enum PositionLevel
{
    /// <summary>Chuyên môn, nghiệp vụ: no leadership or management position.</summary>
    Staff = 1,

    /// <summary>Phó trưởng khoa, phó trưởng phòng (of a unit or of the Sở).</summary>
    SubUnitDeputy = 2,

    /// <summary>Trưởng khoa, trưởng phòng (of a unit or of the Sở).</summary>
    SubUnitHead = 3,

    /// <summary>Phó giám đốc bệnh viện, trung tâm; phó thủ trưởng đơn vị thuộc Sở.</summary>
    UnitDeputy = 4,

    /// <summary>Giám đốc bệnh viện, trung tâm; thủ trưởng đơn vị thuộc Sở.</summary>
    UnitHead = 5,

    /// <summary>Phó Giám đốc Sở (tương đương Phó Vụ trưởng).</summary>
    DepartmentDeputy = 6,

    /// <summary>Giám đốc Sở (tương đương Vụ trưởng).</summary>
    DepartmentHead = 7,

    /// <summary>Phó Chủ tịch Ủy ban nhân dân tỉnh.</summary>
    ProvinceDeputy = 8,

    /// <summary>Chủ tịch Ủy ban nhân dân tỉnh.</summary>
    ProvinceHead = 9,
}

/// <summary>A position held over a period (chức vụ), with the appointment decision (quyết định bổ nhiệm, bầu, giao).</summary>
public sealed class Position
{
    public const int TitleMaxLength = 300;

    private Position()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The position as the decision names it, with its organisation: "Phó Giám đốc Sở Y tế Hà Nam".</summary>
    public string Title { get; private set; } = null!;

    public PositionLevel Level { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The last day in the position; null while the person holds it.</summary>
    public DateOnly? To { get; private set; }

    public DocumentReference Appointment { get; private set; } = null!;

    /// <summary>A leadership or management position: any level above <see cref="PositionLevel.Staff"/>.</summary>
    public bool IsLeadership => IsLeadershipLevel(Level);

    public static bool IsLeadershipLevel(PositionLevel level) => level > PositionLevel.Staff;

    public bool Overlaps(DateOnly from, DateOnly? to) => From <= (to ?? DateOnly.MaxValue) && from <= (To ?? DateOnly.MaxValue);

    internal static Position Create(string title, PositionLevel level, DateOnly from, DateOnly? to, DocumentReference appointment) =>
        new() { Id = EntityIds.New(), Title = Text.Clean(title), Level = level, From = from, To = to, Appointment = appointment };

    internal void End(DateOnly lastDay) => To = lastDay;
}
