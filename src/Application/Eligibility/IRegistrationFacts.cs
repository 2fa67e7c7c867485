using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility;

/// <summary>
/// The titles approved registrations for emulation (đăng ký thi đua) name, for rule R12 (implemented in Infrastructure).
/// A registration counts for a year when its campaign's period covers that year.
/// </summary>
public interface IRegistrationFacts
{
    /// <summary>The collective titles the unit's approved registrations of <paramref name="year"/> name.</summary>
    Task<IReadOnlyCollection<string>> UnitTitlesAsync(UnitId unitId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// The individual titles the approved registrations of <paramref name="year"/> of the person's unit name for them.
    /// Registrations list people by name (not by record), so a person is matched by full name within their unit's registration.
    /// </summary>
    Task<IReadOnlyCollection<string>> PersonTitlesAsync(UnitId unitId, string fullName, int year, CancellationToken cancellationToken);
}
