using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.Nominations.DecideNomination;

/// <summary>
/// Decides the dossier and changes it only: its status and decision, and on each passed line the id of the award it
/// confers and the bonus (coefficient of the dossier's rule set × base salary in force on the decision date, rounded up
/// to 10,000 VND). Holds are checked again on the decision date (R4): a held line gets no award, the others do. The
/// <see cref="Domain.Nominations.Events.NominationDecidedDomainEvent"/> then records the awards in the same unit of work
/// (<see cref="Awards.EventHandlers.RecordAwardsOnNominationDecidedHandler"/>). The command declares the dossier's lock;
/// the nominees, found in its lines, are loaded for change (locked in id order) before their holds are read, so that
/// holds and initiatives (R9) cannot change under the decision (ADR 0020). The decision is a stored document of type
/// Quyết định; its number, date, issuing agency and signer are the document's own (ADR 0029).
/// </summary>
public sealed class DecideNominationCommandHandler(
    NominationAccess access,
    NominationView view,
    IPersonRepository people,
    NomineeHolds holds,
    ProvinceRules provinceRules,
    TimeProvider clock)
    : ICommandHandler<DecideNominationCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(DecideNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForDecisionAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var document = DocumentRequirement.Require(command.Decision, DocumentType.Decision, NominationErrors.DecisionDocumentRequired);
        if (!Agrees(command.SignerName, document.SignerName) || !Agrees(command.SignerTitle, document.SignerPosition))
        {
            throw new DomainRuleViolationException(
                DocumentErrors.CitationMismatch.WithMessage(
                    $"Quyết định {document.NumberAndNotation} do {document.SignerPosition} {document.SignerName} ký; người ký đã nêu không khớp.",
                    $"Decision {document.NumberAndNotation} is signed by {document.SignerPosition} {document.SignerName}; the signer given does not match."),
                new Dictionary<string, object?> { ["documentId"] = document.Id });
        }

        var decision = AwardDecision.Create(command.Decision.ToReference(), document.SignerName, document.SignerPosition);
        var ruleSet = await provinceRules.ForUnitAsync(RuleSetCatalogue.Find(nomination.RuleSetCode!)!, nomination.ProposingUnitId, decision.Document.Date, cancellationToken);
        var salary = BaseSalary.InForceOn(decision.Document.Date)
            ?? throw new DomainRuleViolationException(NominationErrors.NoBaseSalary);
        var nomineeIds = nomination.Lines.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).Distinct().ToList();
        if (nomineeIds.Count > 0)
        {
            await people.GetManyForChangeAsync(nomineeIds, cancellationToken);
        }

        var passed = nomination.Decide(decision, await holds.OnAsync(nomination, decision.Document.Date, cancellationToken), now);
        foreach (var line in passed)
        {
            nomination.LinkAward(line.Id, AwardRecordId.New(), salary.BonusFor(ruleSet.RuleFor(line.AwardTypeCode).BonusCoefficient));
        }

        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }

    /// <summary>A signer name or title the client repeats must be the decision document's (compared case-insensitively).</summary>
    private static bool Agrees(string? given, string stored) =>
        string.IsNullOrWhiteSpace(given) || string.Equals(Text.Clean(given), stored, StringComparison.OrdinalIgnoreCase);
}
