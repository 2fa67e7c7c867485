using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordRetirement;

/// <summary>Records (or replaces) the retirement notice or decision (nghỉ hưu) of a person. Returns the person as the caller sees them.</summary>
public sealed record RecordRetirementCommand(Guid PersonId, RetirementKind Kind, DateOnly RetiresOn, bool HigherRetirementAge, DocumentInput Document) : ICommand<PersonDto>;
