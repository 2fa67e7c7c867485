using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>Builds facts for the rule objects' tests (ADR 0021).</summary>
internal static class RuleFacts
{
    public static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    public static readonly RuleSet Rules98 = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree98)!;
    public static readonly DateOnly AsOf = new(2025, 12, 1);

    public static PersonFacts Person(
        Dictionary<int, PerformanceRating>? ratings = null,
        IReadOnlyList<InitiativeFact>? initiatives = null,
        IReadOnlyList<Discipline>? disciplines = null,
        IReadOnlyList<AwardFact>? awards = null) =>
        new("Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), ratings ?? [], initiatives ?? [], disciplines ?? [], awards ?? []);

    public static InitiativeFact Initiative(int year, InitiativeScope scope = InitiativeScope.Unit, bool used = false, string? title = null) =>
        new(Guid.NewGuid(), title ?? $"Sáng kiến {year}", InitiativeKind.Initiative, year, scope, used);

    public static AwardFact Award(string code, int year, CommendationType type = CommendationType.Merit, bool revoked = false, bool own = true, string? decision = null) =>
        new(code, year, type, revoked, own) { DecisionNumber = decision ?? $"{year % 100}/QĐ-SYT" };

    public static Discipline Discipline(DisciplineKind kind, DateOnly from, DateOnly? to, string decision = "12/QĐ-SYT")
    {
        var person = ThiDua.Domain.People.Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, TestUnits.Active("BV-1"), "Bác sĩ", new DateOnly(2015, 1, 1), TestUnits.Now);
        return person.RecordDiscipline(kind, from, to, "Lý do", TestUnits.Doc(decision), TestUnits.Now);
    }

    public static Dictionary<int, PerformanceRating> Rated(params (int Year, PerformanceRating Rating)[] ratings) => ratings.ToDictionary(r => r.Year, r => r.Rating);

    public static UnitFacts Unit(
        IReadOnlyList<MemberFacts>? members = null,
        Dictionary<int, PerformanceRating>? ratings = null,
        IReadOnlyList<AwardFact>? awards = null,
        IReadOnlyList<ClusterStanding>? clusters = null,
        UnitStatus status = UnitStatus.Active,
        string province = "Hà Nam") =>
        new("Bệnh viện Đa khoa", province, status, ratings ?? [], members ?? [], awards ?? [], clusters ?? []);

    /// <summary><paramref name="holders"/> members with Lao động tiên tiến, the others rated good without a title.</summary>
    public static List<MemberFacts> Members(int total, int holders, PerformanceRating? rating = PerformanceRating.Good) =>
        Enumerable.Range(1, total).Select(i => new MemberFacts($"Thành viên {i:00}", rating, i <= holders, false, null)).ToList();

    public static EligibilityResult EvaluatePerson(string code, PersonFacts facts, int year = 2025, CommendationType type = CommendationType.Merit, RuleSet? rules = null, DateOnly? asOf = null, IReadOnlyCollection<Guid>? declared = null, IReadOnlyCollection<string>? registered = null) =>
        EligibilityEngine.EvaluatePerson(code, type, year, facts, rules ?? Rules, asOf ?? AsOf, declared, registered);

    public static EligibilityResult EvaluateUnit(string code, UnitFacts facts, int year = 2025, CommendationType type = CommendationType.Merit, RuleSet? rules = null, IReadOnlyCollection<string>? registered = null, DateOnly? asOf = null) =>
        EligibilityEngine.EvaluateUnit(code, type, year, facts, rules ?? Rules, registered, asOf ?? AsOf);

    public static RuleOutcome Outcome(this EligibilityResult result, string rule) => result.Rules.Single(r => r.Rule == rule);

    public static bool Has(this EligibilityResult result, string rule) => result.Rules.Any(r => r.Rule == rule);
}
