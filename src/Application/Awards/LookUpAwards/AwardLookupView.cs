using ThiDua.Application.People;

namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>
/// The one place the lookup shapes personal data for the caller (JSON and spreadsheet alike): where the caller may not
/// read the recipient's personal data, the citizen id is masked as in the people view (<see cref="PersonDto.MaskCitizenId"/>)
/// and the birth date left out.
/// </summary>
public static class AwardLookupView
{
    public static AwardLookupItemDto Shape(AwardLookupItemDto item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Person is { PersonalDataVisible: false } person
            ? item with { Person = person with { CitizenId = PersonDto.MaskCitizenId(person.CitizenId), BirthDate = null } }
            : item;
    }
}
