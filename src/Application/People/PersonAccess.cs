using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.People;

/// <summary>
/// People are recorded by their own unit (its unit officer), by a council over that unit, or by an admin; the same
/// callers see their personal data.
/// </summary>
public sealed class PersonAccess(IPersonRepository people, IUnitRepository units, AccessGuard access)
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
}
