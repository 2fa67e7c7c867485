using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Awards;

/// <summary>The award lookup over HTTP: scope per role, the 2025 mergers, personal data per role, every filter, and every refusal.</summary>
public sealed class AwardLookupTests(ThiDuaApiFactory factory) : AwardLookupTestBase(factory)
{
    [Fact]
    public async Task AnAdmin_FindsEveryAward_NewestFirst_RevokedMarked_EachWithItsDecision()
    {
        await ArrangeAsync();

        var page = await GetAsync(Admin);

        page.Items.Count.ShouldBe(9);
        page.NextCursor.ShouldBeNull();
        page.Items.Select(i => i.Year).ShouldBe([2024, 2024, 2024, 2024, 2024, 2024, 2023, 2023, 2023]);

        // Within a year, the latest decision first.
        page.Items.Take(6).Select(i => i.Decision.Date).ShouldBeInOrder(SortDirection.Descending);
        var revoked = page.Items.Single(i => i.Id == LanLdtt2024.Id);
        (revoked.Revoked, revoked.Revocation!.Ground, revoked.Revocation.Decision.Number).ShouldBe((true, RevocationGround.FalseDossier, "30/QĐ-SYT"));
        page.Items.Where(i => i.Id != LanLdtt2024.Id).ShouldAllBe(i => !i.Revoked && i.Revocation == null);
        var cstdcs = page.Items.Single(i => i.Id == LanCstdcs2023.Id);
        (cstdcs.AwardType.Code, cstdcs.AwardType.Name, cstdcs.RecipientKind, cstdcs.CommendationType, cstdcs.Source).ShouldBe(
            ("CSTDCS", "Chiến sĩ thi đua cơ sở", RecipientKind.Individual, CommendationType.Merit, AwardSource.Imported));
        (cstdcs.Decision.Number, cstdcs.Decision.Date, cstdcs.Decision.Issuer).ShouldBe(("23/QĐ-SYT", new DateOnly(2024, 1, 15), "Sở Y tế Hà Nam"));
        (cstdcs.RecipientNameAtDecision, cstdcs.UnitNameAtDecision, cstdcs.Unit.Id).ShouldBe(("Nguyễn Thị Lan", "Bệnh viện Đa khoa tỉnh Hà Nam", BvHn.Id));
        cstdcs.Person!.Id.ShouldBe(Lan.Id);
        var collective = page.Items.Single(i => i.Id == HnCollective2024.Id);
        (collective.RecipientKind, collective.Person, collective.RecipientNameAtDecision).ShouldBe((RecipientKind.Collective, (AwardLookupPersonDto?)null, "Sở Y tế Hà Nam"));
    }

    [Fact]
    public async Task AcrossTheMerger_ThePredecessorsAwards_AppearInTheSuccessorsHistory_StillNamingTheOriginalUnit()
    {
        await ArrangeAsync();

        // Sở Y tế Ninh Bình's history holds Sở Y tế Hà Nam's collective award, naming Hà Nam (now merged).
        var successor = await GetAsync(CouncilNb, $"unitId={Nb.Id}");
        var award = successor.Items.ShouldHaveSingleItem();
        award.Id.ShouldBe(HnCollective2024.Id);
        (award.Unit.Id, award.Unit.Code, award.Unit.Name, award.Unit.Status, award.UnitNameAtDecision, award.RecipientNameAtDecision)
            .ShouldBe((Hn.Id, "SYT-HN", "Sở Y tế Hà Nam", UnitStatus.Merged, "Sở Y tế Hà Nam", "Sở Y tế Hà Nam"));

        // The predecessor itself can still be asked for by its successor's council.
        Ids(await GetAsync(CouncilNb, $"unitId={Hn.Id}")).ShouldBe([HnCollective2024.Id]);

        // Between centres: Duy Tiên's officer finds Kim Bảng's award and Minh's, Kim Bảng named.
        var duyTien = await GetAsync(OfficerOf(DuyTien), $"unitId={DuyTien.Id}");
        Ids(duyTien).ShouldBe([MinhLdtt2024.Id, KimBangCollective2024.Id]);
        var kimBang = duyTien.Items.Single(i => i.Id == KimBangCollective2024.Id);
        (kimBang.Unit.Name, kimBang.Unit.Status, kimBang.UnitNameAtDecision).ShouldBe(("Trung tâm Y tế huyện Kim Bảng", UnitStatus.Merged, "Trung tâm Y tế huyện Kim Bảng"));

        // The successor's council reaches everything that lay under the merged Sở (the station that stayed under it).
        Ids(await GetAsync(CouncilNb, $"unitId={TytHn.Id}")).ShouldBe([TytHnCollective2023.Id]);
    }

    [Fact]
    public async Task EachRole_FindsOnlyTheAwardsInsideItsAuthority()
    {
        await ArrangeAsync();

        // Ninh Bình: its units, Hà Nam's (merged in) and what lay under it, and Tuấn's award at its hospital although he has left.
        var ninhBinh = new[] { LanLdtt2024.Id, MinhLdtt2024.Id, KimBangCollective2024.Id, HnCollective2024.Id, TuanLdtt2023.Id, TytHnCollective2023.Id, LanCstdcs2023.Id };
        Ids(await GetAsync(CouncilNb)).ShouldBe(ninhBinh, ignoreOrder: true);
        Ids(await GetAsync(IntegrationNb)).ShouldBe(ninhBinh, ignoreOrder: true);

        // Hải Phòng: its own, and the award Tuấn brought with him (he works there today).
        Ids(await GetAsync(CouncilHp)).ShouldBe([VietTiepCollective2024.Id, HoaLdtt2024.Id, TuanLdtt2023.Id], ignoreOrder: true);

        // Unit officers: their unit, the units merged into it, and their staff.
        Ids(await GetAsync(OfficerOf(BvHn))).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await GetAsync(OfficerOf(DuyTien))).ShouldBe([MinhLdtt2024.Id, KimBangCollective2024.Id]);
        Ids(await GetAsync(OfficerOf(BvNb))).ShouldBe([TuanLdtt2023.Id]);
        Ids(await GetAsync(OfficerOf(VietTiep))).ShouldBe([VietTiepCollective2024.Id, HoaLdtt2024.Id, TuanLdtt2023.Id], ignoreOrder: true);

        // Another authority's awards stay invisible, even asked for by their unit, decision or person.
        Ids(await GetAsync(CouncilNb, "decision=20/QĐ-BVVT")).ShouldBeEmpty();
        Ids(await GetAsync(CouncilNb, "civilServantCode=V.08.01.03-0004")).ShouldBeEmpty();
        Ids(await GetAsync(OfficerOf(BvNb), "civilServantCode=V.08.01.03-0001")).ShouldBeEmpty();
        await ShouldBeProblemAsync(await CouncilNb.GetAsync($"/api/v1/awards?unitId={VietTiep.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await CouncilHp.GetAsync($"/api/v1/awards?unitId={Hn.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await IntegrationNb.GetAsync($"/api/v1/awards?unitId={Hp.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await OfficerOf(BvHn).GetAsync($"/api/v1/awards?unitId={Nb.Id}", Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await OfficerOf(DuyTien).PostAsJsonAsync("/api/v1/awards/lookup", new { unitId = BvNb.Id }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards?unitId={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
        await ShouldBeProblemAsync(await CouncilNb.GetAsync($"/api/v1/awards?unitId={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);

        // A token naming no authority finds nothing: it is refused.
        await ShouldBeProblemAsync(await ClientFor(Roles.Council).GetAsync("/api/v1/awards", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await ClientFor(Roles.UnitOfficer).GetAsync("/api/v1/awards", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(await ClientFor(Roles.Integration, null, Scopes.Read).GetAsync("/api/v1/awards", Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Fact]
    public async Task EveryRole_SeesTheSameAward_WithPersonalDataShapedAsThePeopleViewShapesIt()
    {
        await ArrangeAsync();

        async Task<AwardLookupPersonDto> LanAsSeenBy(HttpClient client) =>
            (await GetAsync(client, $"decision=23/QĐ-SYT")).Items.ShouldHaveSingleItem().Person!;

        var full = (LanCitizenId, (DateOnly?)new DateOnly(1985, 3, 2), true);
        var masked = ("0351*****345", (DateOnly?)null, false);
        var admin = await LanAsSeenBy(Admin);
        (admin.CitizenId, admin.BirthDate, admin.PersonalDataVisible).ShouldBe(full);
        (admin.FullName, admin.CivilServantCode, admin.CurrentUnit.Id).ShouldBe(("Nguyễn Thị Lan", "V.08.01.03-0001", BvHn.Id));
        var council = await LanAsSeenBy(CouncilNb);
        (council.CitizenId, council.BirthDate, council.PersonalDataVisible).ShouldBe(full);
        var ownOfficer = await LanAsSeenBy(OfficerOf(BvHn));
        (ownOfficer.CitizenId, ownOfficer.BirthDate, ownOfficer.PersonalDataVisible).ShouldBe(full);
        var integration = await LanAsSeenBy(IntegrationNb);
        (integration.CitizenId, integration.BirthDate, integration.PersonalDataVisible).ShouldBe(masked);

        // The other authority's council and an unrelated unit's officer do not find the award at all.
        (await GetAsync(CouncilHp, "decision=23/QĐ-SYT")).Items.ShouldBeEmpty();
        (await GetAsync(OfficerOf(BvNb), "decision=23/QĐ-SYT")).Items.ShouldBeEmpty();

        // Tuấn's award stays in Ninh Bình's history, but he works in Hải Phòng now: Ninh Bình and its hospital's officer
        // see his citizen id masked, as his page shows it them; Hải Phòng, his employer, sees it in full.
        async Task<AwardLookupPersonDto> TuanAsSeenBy(HttpClient client) =>
            (await GetAsync(client, "decision=19/QĐ-BVNB")).Items.ShouldHaveSingleItem().Person!;
        var tuanMasked = ("0311*****777", (DateOnly?)null, false);
        var nb = await TuanAsSeenBy(CouncilNb);
        (nb.CitizenId, nb.BirthDate, nb.PersonalDataVisible).ShouldBe(tuanMasked);
        var nbOfficer = await TuanAsSeenBy(OfficerOf(BvNb));
        (nbOfficer.CitizenId, nbOfficer.BirthDate, nbOfficer.PersonalDataVisible).ShouldBe(tuanMasked);
        var hp = await TuanAsSeenBy(CouncilHp);
        (hp.CitizenId, hp.BirthDate, hp.PersonalDataVisible).ShouldBe((TuanCitizenId, (DateOnly?)new DateOnly(1988, 7, 7), true));
        var hpOfficer = await TuanAsSeenBy(OfficerOf(VietTiep));
        (hpOfficer.CitizenId, hpOfficer.PersonalDataVisible).ShouldBe((TuanCitizenId, true));

        // The same shaping as the person's own page.
        var page = await ReadAsync<ThiDua.Application.People.PersonDto>(await CouncilNb.GetAsync($"/api/v1/people/{Tuan.Id}", Ct));
        (page.CitizenId, page.BirthDate, page.PersonalDataVisible).ShouldBe(tuanMasked);
    }

    [Fact]
    public async Task ACitizenIdLookup_IsNoOracle_ItFindsOnlyWhatThePersonsPageWouldShow()
    {
        await ArrangeAsync();

        // Ninh Bình holds an award of Tuấn's but may not read his citizen id any more: the filter does not confirm it.
        (await LookUpAsync(CouncilNb, new { citizenId = TuanCitizenId })).Items.ShouldBeEmpty();
        (await LookUpAsync(OfficerOf(BvNb), new { citizenId = TuanCitizenId })).Items.ShouldBeEmpty();
        (await LookUpAsync(CouncilNb, new { fullName = "Lê Anh Tuấn", birthDate = "1988-07-07" })).Items.ShouldBeEmpty();

        // Without the withheld field the same award is found, masked.
        (await GetAsync(CouncilNb, "fullName=Lê Anh Tuấn")).Items.ShouldHaveSingleItem().Person!.CitizenId.ShouldBe("0311*****777");

        // His employer finds it by citizen id; so does an admin.
        Ids(await LookUpAsync(CouncilHp, new { citizenId = TuanCitizenId })).ShouldBe([TuanLdtt2023.Id]);
        Ids(await LookUpAsync(OfficerOf(VietTiep), new { citizenId = TuanCitizenId })).ShouldBe([TuanLdtt2023.Id]);
        Ids(await LookUpAsync(Admin, new { citizenId = TuanCitizenId })).ShouldBe([TuanLdtt2023.Id]);

        // Another authority's person is not found by citizen id, nor by name and birth date.
        (await LookUpAsync(CouncilNb, new { citizenId = HoaCitizenId })).Items.ShouldBeEmpty();
        (await LookUpAsync(CouncilNb, new { fullName = "Phạm Thị Hoa", birthDate = "1992-09-09" })).Items.ShouldBeEmpty();
        (await LookUpAsync(OfficerOf(BvNb), new { citizenId = LanCitizenId })).Items.ShouldBeEmpty();

        // Inside the authority, it works: the council over Lan's hospital and the hospital's own officer.
        Ids(await LookUpAsync(CouncilNb, new { citizenId = LanCitizenId })).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await LookUpAsync(OfficerOf(BvHn), new { citizenId = LanCitizenId })).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);

        // Integration clients never read personal data, so they may not filter on it.
        await ShouldBeProblemAsync(await IntegrationNb.PostAsJsonAsync("/api/v1/awards/lookup", new { citizenId = LanCitizenId }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(
            await IntegrationNb.PostAsJsonAsync("/api/v1/awards/lookup", new { fullName = "Nguyễn Thị Lan", birthDate = "1985-03-02" }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(await IntegrationNb.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { citizenId = LanCitizenId }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        Ids(await LookUpAsync(IntegrationNb, new { civilServantCode = "V.08.01.03-0001" })).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
    }

    [Fact]
    public async Task EachFilter_AndTheirCombinations_FindTheirAwards()
    {
        await ArrangeAsync();

        // Person filters: individual awards only.
        Ids(await LookUpAsync(Admin, new { citizenId = LanCitizenId })).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await GetAsync(Admin, "civilServantCode=v.08.01.03-0001")).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await GetAsync(Admin, "fullName=nguyen thi lan")).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await GetAsync(Admin, "fullName=Thị")).ShouldBe([HoaLdtt2024.Id, LanLdtt2024.Id, LanCstdcs2023.Id]);
        Ids(await LookUpAsync(Admin, new { fullName = "Nguyễn Thị Lan", birthDate = "1985-03-02" })).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);
        (await LookUpAsync(Admin, new { fullName = "Nguyễn Thị Lan", birthDate = "1985-03-03" })).Items.ShouldBeEmpty();
        (await LookUpAsync(Admin, new { citizenId = "001100000000" })).Items.ShouldBeEmpty();
        (await GetAsync(Admin, "fullName=Sở Y tế")).Items.ShouldBeEmpty();

        // Award filters: both kinds.
        Ids(await GetAsync(Admin, "awardType=ttldtt")).ShouldBe([VietTiepCollective2024.Id, HnCollective2024.Id, KimBangCollective2024.Id, TytHnCollective2023.Id]);
        Ids(await GetAsync(Admin, "year=2023")).ShouldBe([TuanLdtt2023.Id, TytHnCollective2023.Id, LanCstdcs2023.Id]);
        Ids(await GetAsync(Admin, "decision=23/qd-syt")).ShouldBe([LanCstdcs2023.Id]);
        Ids(await GetAsync(Admin, "decision=23/QĐ-SYT")).ShouldBe([LanCstdcs2023.Id]);
        (await GetAsync(Admin, "decision=23")).Items.ShouldBeEmpty();
        Ids(await GetAsync(Admin, "recipientKind=collective")).ShouldBe([VietTiepCollective2024.Id, HnCollective2024.Id, KimBangCollective2024.Id, TytHnCollective2023.Id]);
        (await GetAsync(Admin, "recipientKind=individual")).Items.Count.ShouldBe(5);
        Ids(await GetAsync(Admin, $"unitId={BvHn.Id}")).ShouldBe([LanLdtt2024.Id, LanCstdcs2023.Id]);

        // Combinations: every filter must hold.
        Ids(await GetAsync(Admin, "awardType=LDTT&year=2024")).ShouldBe([HoaLdtt2024.Id, MinhLdtt2024.Id, LanLdtt2024.Id]);
        Ids(await GetAsync(Admin, $"unitId={DuyTien.Id}&year=2024&recipientKind=collective")).ShouldBe([KimBangCollective2024.Id]);
        Ids(await LookUpAsync(Admin, new { citizenId = LanCitizenId, year = 2023, awardType = "CSTDCS" })).ShouldBe([LanCstdcs2023.Id]);
        (await LookUpAsync(Admin, new { citizenId = LanCitizenId, recipientKind = "collective" })).Items.ShouldBeEmpty();
        (await LookUpAsync(Admin, new { citizenId = LanCitizenId, civilServantCode = "V.08.01.03-0004" })).Items.ShouldBeEmpty();
        Ids(await LookUpAsync(CouncilNb, new { unitId = Nb.Id, awardType = "TTLDTT", year = 2024 })).ShouldBe([HnCollective2024.Id]);
    }

    [Fact]
    public async Task BadFilters_AreRefusedWithTheirCodes()
    {
        await ArrangeAsync();

        // Personal data never in a URL.
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/awards?citizenId={LanCitizenId}", Ct), "citizenId");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?fullName=Lan&birthDate=1985-03-02", Ct), "birthDate");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/awards/export.xlsx?CitizenID={LanCitizenId}", Ct), "citizenId");

        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { citizenId = "0351" }, Json, Ct), "citizenId");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { citizenId = "" }, Json, Ct), "citizenId");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { birthDate = "1985-03-02" }, Json, Ct), "fullName");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { fullName = "Lan", birthDate = "1800-01-01" }, Json, Ct), "birthDate");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { fullName = new string('a', 201) }, Json, Ct), "fullName");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { civilServantCode = new string('1', 31) }, Json, Ct), "civilServantCode");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { unitId = Guid.Empty }, Json, Ct), "unitId");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { limit = 0 }, Json, Ct), "limit");
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup.xlsx", new { year = 3000 }, Json, Ct), "year");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?year=1900", Ct), "year");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/awards?awardType={new string('A', 65)}", Ct), "awardType");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/awards?decision={new string('1', 65)}", Ct), "decision");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?recipientKind=household", Ct), "recipientKind");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?limit=0", Ct), "limit");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?limit=201", Ct), "limit");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync("/api/v1/awards?cursor=not-a-cursor", Ct), "cursor");

        // A cursor of another list (units, keyed by code) is not this lookup's.
        var foreign = new KeysetCursor("SYT-NB", Nb.Id).Encode();
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/awards?cursor={foreign}", Ct), "cursor");

        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { citizen = LanCitizenId }, Json, Ct), HttpStatusCode.BadRequest, FrameworkErrors.UnknownField.Code);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/awards/lookup", new { recipientKind = "household" }, Json, Ct), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync("/api/v1/awards?year=abc", Ct), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
        (await Anonymous().GetAsync("/api/v1/awards", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
