using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People;
using ThiDua.Application.RuleSets.ListProvinceRules;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Api.FunctionalTests.AwardTypes;

/// <summary>A province's own TTLĐTT threshold (Bắc Ninh: at least 70 %) changes eligibility from its date.</summary>
public sealed class ProvinceRuleTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static object BacNinh70(string from = "2025-07-01", decimal share = 0.7m, string issued = "2025-06-20") => new
    {
        effectiveFrom = from,
        advancedCollectiveMemberShare = share,
        inclusive = true,
        legalBasis = new { number = "86/2025/QĐ-UBND", date = issued, issuer = "UBND tỉnh Bắc Ninh" },
        article = "Điều 4.2",
    };

    [Fact]
    public async Task BacNinhs70PercentThreshold_AppliesToItsUnitsFromItsDate()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await Admin.CreateUnitAsync("SYT-BN", "Sở Y tế Bắc Ninh", kind: "department", province: "Bắc Ninh");
        var khoa = await Admin.CreateUnitAsync("BV-BN", "Bệnh viện Đa khoa tỉnh Bắc Ninh", sở.Id, province: "Bắc Ninh");
        (await Admin.PutAsJsonAsync($"/api/v1/units/{khoa.Id}/ratings/2025", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();
        for (var i = 0; i < 10; i++)
        {
            var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
            {
                fullName = $"Nhân viên {i}", gender = "male", unitId = khoa.Id, position = "Điều dưỡng", employedFrom = "2020-01-01",
            }, Json, Ct));
            if (i < 6)
            {
                (await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/awards", new
                {
                    awardTypeCode = "LDTT", year = 2025, decision = new { number = $"{i + 1}/QĐ-BV", date = "2025-11-20", issuer = "Bệnh viện" },
                }, Json, Ct)).EnsureSuccessStatusCode();
            }
        }

        var url = $"/api/v1/units/{khoa.Id}/eligibility?awardType=TTLDTT&year=2025";
        (await ReadAsync<EligibilityResult>(await Admin.GetAsync(url, Ct))).IsEligible.ShouldBe(true); // 60 % > 50 %

        (await ClientFor(Roles.Council, sở.Id).PostAsJsonAsync("/api/v1/rule-sets/provinces/Bắc Ninh", BacNinh70(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await Admin.PostAsJsonAsync("/api/v1/rule-sets/provinces/Bắc Ninh", BacNinh70(), Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));

        var after = await ReadAsync<EligibilityResult>(await Admin.GetAsync(url, Ct));
        var before = await ReadAsync<EligibilityResult>(await Admin.GetAsync(url + "&on=2025-06-30", Ct));
        var share = after.Failures.ShouldHaveSingleItem();
        (share.Rule, share.LegalBasis).ShouldBe(("ttldtt.advanced_worker_share", "86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2"));
        before.IsEligible.ShouldBe(true);
        (await ReadAsync<Page<ProvinceRuleDto>>(await Admin.GetAsync("/api/v1/rule-sets/provinces/B%E1%BA%AFc%20Ninh", Ct))).Items.ShouldHaveSingleItem().AdvancedCollectiveMemberShare.ShouldBe(0.7m);
    }

    [Fact]
    public async Task SetProvinceRule_RefusesDuplicatesBadSharesAndDatesBeforeTheRegulation()
    {
        (await Admin.PostAsJsonAsync("/api/v1/rule-sets/provinces/Bắc Ninh", BacNinh70(), Json, Ct)).EnsureSuccessStatusCode();

        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/rule-sets/provinces/bắc ninh", BacNinh70(), Json, Ct), HttpStatusCode.Conflict, RuleSetErrors.OverrideExists.Code);
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/rule-sets/provinces/Bắc Ninh", BacNinh70("2026-01-01", 1.5m), Json, Ct), "advancedCollectiveMemberShare");
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync("/api/v1/rule-sets/provinces/Bắc Ninh", BacNinh70("2025-06-01"), Json, Ct), HttpStatusCode.UnprocessableEntity, RuleSetErrors.OverrideBeforeItsRegulation.Code);
    }
}
