using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordInitiative;

/// <summary>Records a recognised initiative or accepted scientific work of a person. Returns the person as the caller sees them.</summary>
public sealed record RecordInitiativeCommand(
    Guid PersonId, string Title, InitiativeKind Kind, int Year, InitiativeScope Scope, string RecognisingBody, DocumentInput Document) : ICommand<PersonDto>;
