using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Units;

public sealed class LineageEventTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private Task<HttpResponseMessage> RecordAsync(Guid unitId, object body, HttpClient? client = null) =>
        (client ?? Admin).PostAsJsonAsync($"/api/v1/units/{unitId}/lineage-events", body, Json, Ct);

    [Fact]
    public async Task Rename_KeepsFormerNameInHistory_AndSearchFindsNewName()
    {
        var unit = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế huyện A");

        var response = await RecordAsync(unit.Id, new
        {
            type = "rename",
            effectiveOn = "2025-07-01",
            newName = "Trung tâm Y tế khu vực Đông Anh",
            legalBasis = TestData.LegalBasis("120/QĐ-UBND", "2025-06-25"),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{unit.Id}");
        var renamed = await ReadAsync<UnitDetailsDto>(response);
        renamed.Name.ShouldBe("Trung tâm Y tế khu vực Đông Anh");
        var lineage = renamed.LineageEvents.ShouldHaveSingleItem();
        lineage.Type.ShouldBe(LineageEventType.Rename);
        lineage.PreviousName.ShouldBe("Trung tâm Y tế huyện A");
        lineage.EffectiveOn.ShouldBe(new DateOnly(2025, 7, 1));
        lineage.LegalBasis.Number.ShouldBe("120/QĐ-UBND");

        var found = await ReadAsync<ThiDua.Application.Common.Paging.Page<UnitSummaryDto>>(await Admin.GetAsync("/api/v1/units?q=dong%20anh", Ct));
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(unit.Id);
    }

    [Fact]
    public async Task Merge_PointsToSuccessor_AndSuccessorListsPredecessor()
    {
        var successor = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        var merged = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var successorBefore = await Admin.GetAsync($"/api/v1/units/{successor.Id}", Ct);

        var response = await RecordAsync(merged.Id, new
        {
            type = "merge",
            effectiveOn = "2025-07-01",
            successorId = successor.Id,
            legalBasis = TestData.LegalBasis("202/2025/QH15", "2025-06-12"),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await ReadAsync<UnitDetailsDto>(response);
        after.Status.ShouldBe(UnitStatus.Merged);
        after.ValidTo.ShouldBe(new DateOnly(2025, 7, 1));
        after.Successor!.Id.ShouldBe(successor.Id);
        after.Name.ShouldBe("Sở Y tế Hà Nam");
        // The successor's own row is unchanged, but what it shows changed: a cache holding its earlier tag gets the new answer.
        var successorRead = await TestData.GetIfNoneMatchAsync(Admin, $"/api/v1/units/{successor.Id}", successorBefore.Headers.ETag!);
        successorRead.StatusCode.ShouldBe(HttpStatusCode.OK);
        var successorNow = await ReadAsync<UnitDetailsDto>(successorRead);
        successorNow.Predecessors.ShouldHaveSingleItem().Id.ShouldBe(merged.Id);
        successorNow.Version.ShouldBe(successor.Version);
    }

    [Fact]
    public async Task Dissolve_MarksUnitDissolved_AndFurtherEventsAreRefused()
    {
        var unit = await Admin.CreateUnitAsync("PYT-X");

        var dissolved = await ReadAsync<UnitDetailsDto>(await RecordAsync(unit.Id, new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() }));
        var again = await RecordAsync(unit.Id, new { type = "rename", effectiveOn = "2025-08-01", newName = "Khác", legalBasis = TestData.LegalBasis() });

        dissolved.Status.ShouldBe(UnitStatus.Dissolved);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, UnitErrors.NotActive.Code);
    }

    [Fact]
    public async Task Transfer_MovesUnderNewParent()
    {
        var oldParent = await Admin.CreateUnitAsync("TTYT-HUYEN", kind: "centre");
        var newParent = await Admin.CreateUnitAsync("SYT", kind: "department");
        var station = await Admin.CreateUnitAsync("TYT-XA", parentId: oldParent.Id, kind: "other");

        var response = await RecordAsync(station.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = newParent.Id, legalBasis = TestData.LegalBasis() });

        var moved = await ReadAsync<UnitDetailsDto>(response);
        moved.Parent!.Id.ShouldBe(newParent.Id);
        moved.LineageEvents.ShouldHaveSingleItem().PreviousParentId.ShouldBe(oldParent.Id);
    }

    [Fact]
    public async Task Transfer_Returns422_WhenUnitWouldBecomeItsOwnAncestor()
    {
        var root = await Admin.CreateUnitAsync("ROOT", kind: "department");
        var child = await Admin.CreateUnitAsync("CHILD", parentId: root.Id);
        var grandchild = await Admin.CreateUnitAsync("GRANDCHILD", parentId: child.Id);

        var underDescendant = await RecordAsync(root.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = grandchild.Id, legalBasis = TestData.LegalBasis() });
        var underItself = await RecordAsync(child.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = child.Id, legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(underDescendant, HttpStatusCode.UnprocessableEntity, UnitErrors.HierarchyCycle.Code);
        await ShouldBeProblemAsync(underItself, HttpStatusCode.UnprocessableEntity, UnitErrors.HierarchyCycle.Code);
    }

    [Theory]
    [InlineData("merge")]
    public async Task Merge_Returns422_WhenMergingIntoItself(string type)
    {
        var unit = await Admin.CreateUnitAsync("A");

        var response = await RecordAsync(unit.Id, new { type, effectiveOn = "2025-07-01", successorId = unit.Id, legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.MergeIntoItself.Code);
    }

    [Fact]
    public async Task Merge_Returns422_WhenSuccessorIsNotActive_OrDoesNotExist()
    {
        var gone = await Admin.CreateUnitAsync("GONE");
        await RecordAsync(gone.Id, new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() });
        var unit = await Admin.CreateUnitAsync("A");

        var intoInactive = await RecordAsync(unit.Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = gone.Id, legalBasis = TestData.LegalBasis() });
        var intoMissing = await RecordAsync(unit.Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = Guid.NewGuid(), legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(intoInactive, HttpStatusCode.UnprocessableEntity, UnitErrors.SuccessorNotActive.Code);
        await ShouldBeProblemAsync(intoMissing, HttpStatusCode.UnprocessableEntity, UnitErrors.SuccessorNotFound.Code);
    }

    [Fact]
    public async Task Record_Returns422_WhenEffectiveDateIsBeforeTheUnitExisted()
    {
        var unit = await Admin.CreateUnitAsync("A");

        var response = await RecordAsync(unit.Id, new { type = "dissolve", effectiveOn = "1999-12-31", legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.EffectiveBeforeValidFrom.Code);
    }

    [Fact]
    public async Task Rename_Returns422_WhenNameIsUnchanged()
    {
        var unit = await Admin.CreateUnitAsync("A", "Bệnh viện A");

        var response = await RecordAsync(unit.Id, new { type = "rename", effectiveOn = "2025-07-01", newName = "Bệnh viện A", legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, UnitErrors.SameName.Code);
    }

    [Theory]
    [InlineData("{\"type\":\"rename\",\"effectiveOn\":\"2025-07-01\",\"legalBasis\":{\"number\":\"45/QĐ-SYT\",\"date\":\"2025-06-30\"}}", "newName")]
    [InlineData("{\"type\":\"merge\",\"effectiveOn\":\"2025-07-01\",\"legalBasis\":{\"number\":\"45/QĐ-SYT\",\"date\":\"2025-06-30\"}}", "successorId")]
    [InlineData("{\"type\":\"transfer\",\"effectiveOn\":\"2025-07-01\",\"legalBasis\":{\"number\":\"45/QĐ-SYT\",\"date\":\"2025-06-30\"}}", "newParentId")]
    [InlineData("{\"type\":\"dissolve\",\"effectiveOn\":\"2025-07-01\"}", "legalBasis")]
    [InlineData("{\"type\":\"dissolve\",\"effectiveOn\":\"2025-07-01\",\"legalBasis\":{\"number\":\"Quyết định bốn lăm\",\"date\":\"2025-06-30\"}}", "legalBasis.number")]
    [InlineData("{\"type\":\"dissolve\",\"legalBasis\":{\"number\":\"45/QĐ-SYT\",\"date\":\"2025-06-30\"}}", "effectiveOn")]
    public async Task Record_Returns400WithFieldError_ForIncompleteEvents(string json, string field)
    {
        var unit = await Admin.CreateUnitAsync("A");

        var response = await Admin.PostAsync(
            $"/api/v1/units/{unit.Id}/lineage-events", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ShouldBeValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Record_Returns403_ForUnitOfficer_AndForCouncilOutsideAuthority()
    {
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var hanam = await Admin.CreateUnitAsync("SYT-HNAM", kind: "department");
        var unit = await Admin.CreateUnitAsync("BV-HNAM", parentId: hanam.Id);
        var body = new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() };

        var officer = await RecordAsync(unit.Id, body, ClientFor(Roles.UnitOfficer, unit.Id));
        var council = await RecordAsync(unit.Id, body, ClientFor(Roles.Council, hanoi.Id));

        await ShouldBeProblemAsync(officer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(council, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await RecordAsync(unit.Id, body, ClientFor(Roles.Council, hanam.Id))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Council_CannotMergeIntoAnotherAuthority_NorReorganiseItsOwnAuthority()
    {
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var thanhHoa = await Admin.CreateUnitAsync("SYT-THA", kind: "department", province: "Thanh Hóa");
        var hospital = await Admin.CreateUnitAsync("BV-1", parentId: hanoi.Id);
        var council = ClientFor(Roles.Council, hanoi.Id);

        var foreignSuccessor = await RecordAsync(hospital.Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = thanhHoa.Id, legalBasis = TestData.LegalBasis() }, council);
        var ownAuthority = await RecordAsync(hanoi.Id, new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() }, council);
        var foreignParent = await RecordAsync(hospital.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = thanhHoa.Id, legalBasis = TestData.LegalBasis() }, council);

        await ShouldBeProblemAsync(foreignSuccessor, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(ownAuthority, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(foreignParent, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{thanhHoa.Id}", Ct))).Predecessors.ShouldBeEmpty();
    }

    [Fact]
    public async Task CrossedTransfers_CannotTogetherCreateACycle()
    {
        var root = await Admin.CreateUnitAsync("ROOT", kind: "department");
        var a = await Admin.CreateUnitAsync("A", parentId: root.Id);
        var b = await Admin.CreateUnitAsync("B", parentId: root.Id);
        Factory.SaveBarrier.Arm(2, TimeSpan.FromSeconds(2));

        var responses = await Task.WhenAll(
            RecordAsync(a.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = b.Id, legalBasis = TestData.LegalBasis() }),
            RecordAsync(b.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = a.Id, legalBasis = TestData.LegalBasis() }));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.UnprocessableEntity, UnitErrors.HierarchyCycle.Code);
        var aNow = await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{a.Id}", Ct));
        var bNow = await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{b.Id}", Ct));
        (aNow.Parent!.Id == b.Id && bNow.Parent!.Id == a.Id).ShouldBeFalse();
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task Record_Returns400_ForImplausibleEffectiveDates(string effectiveOn)
    {
        var unit = await Admin.CreateUnitAsync("A");

        var response = await RecordAsync(unit.Id, new { type = "dissolve", effectiveOn, legalBasis = TestData.LegalBasis() });

        await ShouldBeValidationProblemAsync(response, "effectiveOn");
    }

    [Fact]
    public async Task Record_Returns404_ForUnknownUnit()
    {
        var response = await RecordAsync(Guid.NewGuid(), new { type = "dissolve", effectiveOn = "2025-07-01", legalBasis = TestData.LegalBasis() });

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
    }
}
