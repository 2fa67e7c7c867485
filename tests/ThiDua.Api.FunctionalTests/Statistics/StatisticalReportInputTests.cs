using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Statistics;

/// <summary>
/// The JSON report and its spreadsheet share one rule set (<c>StatisticsRules</c>): each refuses the same malformed
/// form codes and years, at the bounds, with the same field and message.
/// </summary>
public sealed class StatisticalReportInputTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData("0601", 1999, "year")]
    [InlineData("0601", 2101, "year")]
    [InlineData("012345678901234567890", 2025, "formCode")]
    public async Task TheReportAndItsSpreadsheet_RefuseTheSameInput(string formCode, int year, string field)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-SI{year}{formCode.Length}", kind: "department");

        var json = await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/{formCode}?year={year}&authority={authority.Id}", Ct), field);
        var xlsx = await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/statistics/reports/{formCode}.xlsx?year={year}&authority={authority.Id}", Ct), field);

        Messages(xlsx, field).ShouldBe(Messages(json, field));
    }

    [Theory]
    [InlineData("0601", 2000)]
    [InlineData("0601", 2100)]
    [InlineData("01234567890123456789", 2025)]
    public async Task AtTheBounds_NeitherRefusesTheInputAsMalformed(string formCode, int year)
    {
        var authority = await Admin.CreateUnitAsync($"SYT-SB{year}{formCode.Length}", kind: "department");

        foreach (var path in new[] { $"/api/v1/statistics/reports/{formCode}", $"/api/v1/statistics/reports/{formCode}.xlsx" })
        {
            var response = await Admin.GetAsync($"{path}?year={year}&authority={authority.Id}", Ct);
            response.StatusCode.ShouldNotBe(System.Net.HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    private static string Messages(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field).ToString();
}
