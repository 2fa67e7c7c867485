using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.UpdatePerson;

/// <summary>Corrects a person's identity: name, gender, birth date, citizen id, civil-servant code. Returns the person as the caller sees them.</summary>
public sealed record UpdatePersonCommand(
    Guid PersonId, string FullName, Gender Gender, DateOnly? BirthDate, string? CitizenId, string? CivilServantCode, uint? ExpectedVersion)
    : ICommand<PersonDto>, IVersionedCommand;
