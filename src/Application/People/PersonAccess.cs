using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.People;

/// <summary>
/// People are recorded by their own unit (its unit officer), by a council over that unit, or by an admin; the same
/// callers see their personal data. A person reads the same through <see cref="FindAsync"/> whether asked for (GET) or
/// returned by the command that just changed them (<see cref="WrittenAsync"/>): personal data masked for other callers.
/// </summary>
public sealed class PersonAccess(IPersonRepository people, IUnitRepository units, AccessGuard access, IPersonQueries queries, IReadAfterWrite written)
{
    public async Task<Person> LoadForChangeAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await people.GetByIdAsync(new PersonId(personId), cancellationToken) ?? throw new NotFoundException("Person", personId);
        await access.EnsureCanActForAsync(person.CurrentUnitId, cancellationToken);
        return person;
    }

    /// <summary>
    /// A unit a person is employed by: the caller must be able to act for it; held against a concurrent merger (the
    /// command declares the lock).
    /// </summary>
    public async Task<OrganisationUnit> LoadEmployerAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var id = new UnitId(unitId);
        await access.EnsureCanActForAsync(id, cancellationToken);
        return await units.GetForReferenceAsync(id, cancellationToken) ?? throw new NotFoundException("Unit", unitId);
    }

    public Task<bool> MaySeePersonalDataAsync(UnitId currentUnit, CancellationToken cancellationToken) =>
        access.MaySeePersonalDataAsync(currentUnit, cancellationToken);

    /// <summary>The person as the caller may see them: personal data masked unless <see cref="MaySeePersonalDataAsync"/>; null when unknown.</summary>
    public async Task<PersonDto?> FindAsync(PersonId id, CancellationToken cancellationToken)
    {
        var person = await queries.GetAsync(id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        return await MaySeePersonalDataAsync(new UnitId(person.CurrentUnit.Id), cancellationToken) ? person : person.Masked();
    }

    /// <summary>What a command that changed the person answers: the written state, shaped for the caller as a GET would be.</summary>
    public Task<PersonDto> WrittenAsync(PersonId id, CancellationToken cancellationToken) =>
        written.ReadAsync(ct => FindAsync(id, ct), cancellationToken);
}
