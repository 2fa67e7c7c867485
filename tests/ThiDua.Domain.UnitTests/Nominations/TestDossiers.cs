using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.UnitTests.Nominations;

/// <summary>The calendar and rule set the dossier tests share: a 2025 dossier submitted on 20 November, reviewed on 1 December, decided on 10 December.</summary>
internal static class TestDossiers
{
    public static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    public static readonly DateTimeOffset Submitted = new(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
    public static readonly DateTimeOffset Decided = new(2025, 12, 10, 23, 0, 0, TimeSpan.FromHours(7));
    public static readonly DateOnly Today = new(2025, 12, 1);
}
