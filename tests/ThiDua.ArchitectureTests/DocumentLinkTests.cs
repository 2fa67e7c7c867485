using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.DraftCampaign;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.History;
using ThiDua.Application.Covenants.SignCovenant;
using ThiDua.Application.EmulationClusters.DefineClusterTerm;
using ThiDua.Domain.Campaigns;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// Document links (ADR 0029): <c>DocumentLinkBehavior</c> finds every <see cref="DocumentInput"/> a command carries, however
/// deep, with no declaration on the command; an input that names a stored document and reaches a handler unlinked fails.
/// </summary>
public sealed class DocumentLinkTests
{
    private static DocumentInput Linked() => new(string.Empty, default, null, Guid.NewGuid());

    [Fact]
    public void TheWalk_FindsInputsInRecords_InOptionalOnes_AndInTheLaunchLetter()
    {
        var election = Linked();
        var term = new DefineClusterTermCommand(Guid.NewGuid(), 2025, [Guid.NewGuid()], new ClusterElectionInput(Guid.NewGuid(), null, election), null);
        var source = Linked();
        var signed = Linked();
        var signature = new SignCovenantCommand(Guid.NewGuid(), Guid.NewGuid(), null, new HistoricalInput(new DateOnly(2023, 3, 10), source), signed);
        var letter = new LaunchLetterInput(null, default, null, null, null, null, Guid.NewGuid());
        var campaign = new DraftCampaignCommand(Guid.NewGuid(), new CampaignPlanInput(
            "Phong trào", "Chủ đề", null, CampaignKind.Regular, new DateOnly(2020, 6, 26), new DateOnly(2020, 12, 31), letter, null, null, null, null, null, null));

        DocumentInputs.In(term).ShouldBe([election]);
        DocumentInputs.In(signature).ShouldBe([source, signed], ignoreOrder: true);
        DocumentInputs.In(campaign).ShouldBe([letter.Document!]);
        DocumentInputs.In(new SignCovenantCommand(Guid.NewGuid(), Guid.NewGuid(), null)).ShouldBeEmpty();
    }

    [Fact]
    public void AnInputNamingAStoredDocument_CannotBeCitedUnlinked()
    {
        Should.Throw<InvalidOperationException>(() => Linked().ToReference()).Message.ShouldContain("DocumentLinkBehavior");
        new DocumentInput("45/QĐ-SYT", new DateOnly(2025, 12, 1), "Sở Y tế Hà Nam").ToReference().IsLinked.ShouldBeFalse();
    }
}
