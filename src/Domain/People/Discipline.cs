using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>
/// A disciplinary measure (kỷ luật), ordered by severity, or a hold (R4: under disciplinary consideration,
/// investigation, inspection, complaint or denunciation — Decree 152/2025/NĐ-CP Art. 4.4).
/// </summary>
public enum DisciplineKind
{
    /// <summary>Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, khiếu nại, tố cáo: blocks proposals while open.</summary>
    Hold = 0,

    /// <summary>Khiển trách.</summary>
    Reprimand = 1,

    /// <summary>Cảnh cáo.</summary>
    Warning = 2,

    /// <summary>Hạ bậc lương / giáng chức.</summary>
    Demotion = 3,

    /// <summary>Cách chức.</summary>
    Removal = 4,

    /// <summary>Buộc thôi việc.</summary>
    Dismissal = 5,
}

/// <summary>A discipline or hold over a period, with its legal basis. Personal data: shown only to those entitled.</summary>
public sealed class Discipline
{
    public const int ReasonMaxLength = 2000;

    private Discipline()
    {
    }

    public Guid Id { get; private set; }

    public DisciplineKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>Last day of the discipline period or hold; null while it lasts.</summary>
    public DateOnly? To { get; private set; }

    public string Reason { get; private set; } = null!;

    public DocumentReference LegalBasis { get; private set; } = null!;

    public bool IsHold => Kind == DisciplineKind.Hold;

    /// <summary>Whether the period touches <paramref name="year"/>.</summary>
    public bool Touches(int year) => From.Year <= year && (To is null || To.Value.Year >= year);

    /// <summary>Whether the hold or discipline is in force on <paramref name="date"/>.</summary>
    public bool InForceOn(DateOnly date) => From <= date && (To is null || To >= date);

    internal static Discipline Create(DisciplineKind kind, DateOnly from, DateOnly? to, string reason, DocumentReference legalBasis) =>
        new() { Id = EntityIds.New(), Kind = kind, From = from, To = to, Reason = Text.Clean(reason), LegalBasis = legalBasis };

    internal void End(DateOnly lastDay) => To = lastDay;
}
