using ThiDua.Domain.Common;

namespace ThiDua.Api.DemoData;

/// <summary>
/// The keys from which the demo data's ids are derived (<see cref="EntityIds.Deterministic"/>), and so the ids
/// themselves: the seeder creates each record under its key, and the API document's examples name the same ids, so
/// that every example in Swagger UI works on a freshly seeded database.
/// </summary>
internal static class DemoIds
{
    public static string UnitKey(string code) => "demo:unit:" + code;

    public static Guid Unit(string code) => EntityIds.NameBased(UnitKey(code));

    public static string ClusterKey(Guid managingAuthority, string name) => $"demo:cluster:{managingAuthority}:{name}";

    public static Guid Cluster(string managingAuthorityCode, string name) => EntityIds.NameBased(ClusterKey(Unit(managingAuthorityCode), name));

    public static string TermKey(Guid cluster, int year) => $"demo:term:{cluster}:{year}";

    public static string CovenantKey(Guid cluster, int year) => $"demo:covenant:{cluster}:{year}";

    public static Guid Covenant(string managingAuthorityCode, string clusterName, int year) =>
        EntityIds.NameBased(CovenantKey(Cluster(managingAuthorityCode, clusterName), year));

    public static string CampaignKey(string letterNumber) => "demo:campaign:" + letterNumber;

    public static Guid Campaign(string letterNumber) => EntityIds.NameBased(CampaignKey(letterNumber));

    public static string PersonKey(string civilServantCode) => "demo:person:" + civilServantCode;

    public static Guid Person(string civilServantCode) => EntityIds.NameBased(PersonKey(civilServantCode));

    public static string NominationKey(string unitCode, int year, string title) => $"demo:nomination:{unitCode}:{year}:{title}";

    public static Guid Nomination(string unitCode, int year, string title) => EntityIds.NameBased(NominationKey(unitCode, year, title));

    public static string ProvinceParametersKey(string provinceKey) => "demo:province-parameters:" + provinceKey;

    public static string AwardTypeKey(string code) => "demo:award-type:" + code;
}
