using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards.ExportAwardLookup;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Awards;

/// <summary>The award lookup's keyset pages at their boundaries, its spreadsheet export and its bound, and its SQL cost.</summary>
public sealed class AwardLookupPagingAndExportTests(ThiDuaApiFactory factory) : AwardLookupTestBase(factory)
{
    /// <summary>A unit with <paramref name="count"/> collective awards: one a year back from 2024, then sudden ones in 2024 (same year, later decisions).</summary>
    private async Task<(UnitDetailsDto Unit, List<Guid> NewestFirst)> UnitWithAwardsAsync(string code, int count)
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var unit = await Admin.CreateUnitAsync(code);
        var awards = new List<(int Year, DateOnly Date, Guid Id)>();
        for (var i = 0; i < count; i++)
        {
            var (year, date, type) = i < 8
                ? (2024 - i, new DateOnly(2025 - i, 1, 10), "merit")
                : (2024, new DateOnly(2025, 2, 1).AddDays(i), "sudden");
            var award = await ImportAsync(
                $"/api/v1/units/{unit.Id}/awards", "TTLDTT", year, string.Create(CultureInfo.InvariantCulture, $"{i + 1}/QĐ-SYT"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Sở Y tế", type);
            awards.Add((year, date, award.Id));
        }

        return (unit, awards.OrderByDescending(a => a.Year).ThenByDescending(a => a.Date).Select(a => a.Id).ToList());
    }

    private async Task<List<Guid>> WalkAsync(Guid unitId, int limit, int expectedPages)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetAsync(Admin, $"unitId={unitId}&limit={limit}{(cursor is null ? string.Empty : "&cursor=" + cursor)}");
            pages++;
            page.Items.Count.ShouldBeLessThanOrEqualTo(limit);
            page.Items.ShouldNotBeEmpty();
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        pages.ShouldBe(expectedPages);
        return seen;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(11)]
    public async Task Pages_WalkEveryAwardOnce_InOrder_AtEveryPageSize(int count)
    {
        var (unit, newestFirst) = await UnitWithAwardsAsync($"BV-P{count}", count);

        var all = await GetAsync(Admin, $"unitId={unit.Id}");
        Ids(all).ShouldBe(newestFirst);
        all.NextCursor.ShouldBeNull();
        if (count == 0)
        {
            (await GetAsync(Admin, $"unitId={unit.Id}&limit=1")).NextCursor.ShouldBeNull();
            return;
        }

        (await WalkAsync(unit.Id, 1, count)).ShouldBe(newestFirst);
        (await WalkAsync(unit.Id, 2, (count + 1) / 2)).ShouldBe(newestFirst);
        (await WalkAsync(unit.Id, count, 1)).ShouldBe(newestFirst);
        (await WalkAsync(unit.Id, PageRequest.MaxLimit, 1)).ShouldBe(newestFirst);
        if (count > 1)
        {
            (await WalkAsync(unit.Id, count - 1, 2)).ShouldBe(newestFirst);
        }

        // The body's paging is the same.
        var first = await LookUpAsync(Admin, new { unitId = unit.Id, limit = 1 });
        Ids(first).ShouldBe(newestFirst.Take(1));
        if (count > 1)
        {
            var second = await LookUpAsync(Admin, new { unitId = unit.Id, limit = 1, cursor = first.NextCursor });
            Ids(second).ShouldBe(newestFirst.Skip(1).Take(1));
        }
        else
        {
            first.NextCursor.ShouldBeNull();
        }
    }

    [Fact]
    public async Task TheExport_ListsWhatTheLookupFinds_WithPersonalDataShapedForTheCaller()
    {
        await ArrangeAsync();

        var response = await CouncilNb.GetAsync("/api/v1/awards/export.xlsx", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(AwardLookupSpreadsheet.ContentType);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("tra-cuu-khen-thuong-20251201.xlsx");
        var rows = ReadSheet(await response.Content.ReadAsByteArrayAsync(Ct));
        rows[0][0].ShouldBe("Kết quả tra cứu khen thưởng");
        rows[1][0].ShouldBe("Điều kiện lọc: không (mọi khen thưởng trong phạm vi quản lý)");
        rows[2][0].ShouldBe("Xuất lúc 09:00 01/12/2025; 7 khen thưởng.");
        rows[3].ShouldBe([
            "STT", "Năm", "Mã hình thức", "Hình thức, danh hiệu", "Loại hình", "Đối tượng", "Cá nhân, tập thể được khen thưởng",
            "Mã số CBCCVC", "Số CCCD", "Ngày sinh", "Đơn vị (theo quyết định)", "Mã đơn vị", "Tình trạng đơn vị",
            "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Nguồn", "Tiền thưởng (đồng)", "Tình trạng", "Quyết định hủy bỏ",
        ]);
        rows.Count.ShouldBe(4 + 7);
        var lookup = await GetAsync(CouncilNb);
        rows.Skip(4).Select(r => r[13]).ShouldBe(lookup.Items.Select(i => i.Decision.Number));

        var hn = rows.Skip(4).Single(r => r[13] == "15/QĐ-UBND");
        (hn[0], hn[1], hn[2], hn[5], hn[6], hn[10], hn[11], hn[12], hn[14], hn[15], hn[16], hn[18]).ShouldBe(
            ("1", "2024", "TTLDTT", "Tập thể", "Sở Y tế Hà Nam", "Sở Y tế Hà Nam", "SYT-HN", "Đã sáp nhập", "20/01/2025", "UBND tỉnh Hà Nam", "Nhập từ hồ sơ đã có", "Còn hiệu lực"));
        var revoked = rows.Skip(4).Single(r => r[13] == "124/QĐ-BVHN");
        (revoked[6], revoked[7], revoked[8], revoked[9], revoked[18], revoked[19]).ShouldBe(
            ("Nguyễn Thị Lan", "V.08.01.03-0001", LanCitizenId, "02/03/1985", "Đã hủy bỏ", "30/QĐ-SYT ngày 20/11/2025"));
        var tuan = rows.Skip(4).Single(r => r[13] == "19/QĐ-BVNB");
        (tuan[8], tuan[9]).ShouldBe(("0311*****777", string.Empty));

        // An integration client's export: the same awards, personal data masked.
        var integration = await IntegrationNb.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { civilServantCode = "V.08.01.03-0001" }, Json, Ct);
        integration.StatusCode.ShouldBe(HttpStatusCode.OK, await integration.Content.ReadAsStringAsync(Ct));
        var masked = ReadSheet(await integration.Content.ReadAsByteArrayAsync(Ct));
        masked[1][0].ShouldBe("Điều kiện lọc: mã số CBCCVC V.08.01.03-0001");
        masked.Skip(4).Select(r => (r[8], r[9])).ShouldBe([("0351*****345", string.Empty), ("0351*****345", string.Empty)]);

        // A citizen id filter is noted, not printed; the export is scoped like the lookup.
        var byCitizenId = await CouncilNb.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { citizenId = LanCitizenId, year = 2023 }, Json, Ct);
        var sheet = ReadSheet(await byCitizenId.Content.ReadAsByteArrayAsync(Ct));
        sheet[1][0].ShouldBe("Điều kiện lọc: số CCCD (đã nhập); năm 2023");
        sheet.Skip(4).ShouldHaveSingleItem()[13].ShouldBe("23/QĐ-SYT");
        var none = ReadSheet(await (await CouncilHp.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { citizenId = LanCitizenId }, Json, Ct)).Content.ReadAsByteArrayAsync(Ct));
        none.Count.ShouldBe(4);
        await ShouldBeProblemAsync(await CouncilHp.GetAsync($"/api/v1/awards/export.xlsx?unitId={Nb.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await CouncilHp.GetAsync($"/api/v1/awards/export.xlsx?unitId={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, ThiDua.Application.Common.Exceptions.NotFoundErrors.Unit.Code);
        await ShouldBeProblemAsync(await OfficerOf(BvNb).PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { unitId = Nb.Id }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { limit = 10 }, Json, Ct), HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
    }

    [Fact]
    public async Task AnExportOfMoreThanItsBound_IsRefused_NotCutShort()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var unit = await Admin.CreateUnitAsync("BV-LON", "Bệnh viện lớn");
        await InsertSuddenAwardsAsync(unit.Id, 2024, ExportAwardLookupQuery.MaxRows);
        await InsertSuddenAwardsAsync(unit.Id, 2023, 1);

        // Exactly the bound: exported whole.
        var atBound = await Admin.GetAsync($"/api/v1/awards/export.xlsx?unitId={unit.Id}&year=2024", Ct);
        atBound.StatusCode.ShouldBe(HttpStatusCode.OK, await atBound.Content.ReadAsStringAsync(Ct));
        ReadSheet(await atBound.Content.ReadAsByteArrayAsync(Ct)).Count.ShouldBe(4 + ExportAwardLookupQuery.MaxRows);

        // One more: refused with its code, whichever route.
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/export.xlsx?unitId={unit.Id}", Ct), HttpStatusCode.UnprocessableEntity, AwardLookupErrors.ExportTooLarge.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { unitId = unit.Id }, Json, Ct), HttpStatusCode.UnprocessableEntity, AwardLookupErrors.ExportTooLarge.Code);

        // The paged lookup has no such bound.
        var page = await GetAsync(Admin, $"unitId={unit.Id}&limit={PageRequest.MaxLimit}");
        page.Items.Count.ShouldBe(PageRequest.MaxLimit);
        page.NextCursor.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(12)]
    public async Task ALookupPage_IsOneStatement_WhateverItsSize(int count)
    {
        var (unit, _) = await UnitWithAwardsAsync($"BV-S{count}", count);
        var person = await RegisterAsync("Nguyễn Văn An", "male", "1980-01-01", "001080000001", "V.1", unit.Id);
        await ImportAsync($"/api/v1/people/{person.Id}/awards", "LDTT", 2024, "99/QĐ-BV", "2025-01-05", "Bệnh viện");

        var (admin, adminCommands) = await ReadCountingAsync(Admin, "/api/v1/awards?limit=50");
        admin.Items.Count.ShouldBe(count + 1);
        adminCommands.Count.ShouldBe(1, string.Join("\n---\n", adminCommands));

        var council = ClientFor(Roles.Council, unit.Id);
        var (scoped, scopedCommands) = await ReadCountingAsync(council, "/api/v1/awards?fullName=an&limit=50");
        scoped.Items.ShouldHaveSingleItem().Person!.CitizenId.ShouldBe("001080000001");
        scopedCommands.Count.ShouldBe(1, string.Join("\n---\n", scopedCommands));

        // A unit filter is checked first (exists, inside the reach): one statement more, whatever the page.
        var (byUnit, byUnitCommands) = await ReadCountingAsync(council, $"/api/v1/awards?unitId={unit.Id}&limit=50");
        byUnit.Items.Count.ShouldBe(count + 1);
        byUnitCommands.Count.ShouldBe(2, string.Join("\n---\n", byUnitCommands));
    }

    private async Task<(Page<AwardLookupItemDto> Body, IReadOnlyList<string> Commands)> ReadCountingAsync(HttpClient client, string path)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqlCommandCounter.Header, tag);
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return ((await response.Content.ReadFromJsonAsync<Page<AwardLookupItemDto>>(Json, Ct))!, Factory.SqlCommands.For(tag));
    }

    /// <summary>Sudden awards (outside the one-a-year rule) written straight to the table: thousands, quickly.</summary>
    private async Task InsertSuddenAwardsAsync(Guid unitId, int year, int count)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO thidua.award_records (id, award_type_code, recipient_kind, person_id, unit_id, recipient_key, year, commendation_type,
                decision_number, decision_date, decision_issuer, recipient_name_at_decision, unit_name_at_decision, source, bonus_vnd,
                basis_initiative_ids, created_at, updated_at)
            SELECT gen_random_uuid(), 'TTLDTT', 'Collective', NULL, @unit, @unit, @year, 'Sudden', n || '/QĐ-SYT', make_date(@year + 1, 1, 1) + (n % 300),
                'Sở Y tế', 'Bệnh viện lớn', 'Bệnh viện lớn', 'Imported', NULL, '{}', now(), now()
            FROM generate_series(1, @count) AS n
            """,
            connection);
        command.Parameters.AddWithValue("unit", unitId);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("count", count);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
