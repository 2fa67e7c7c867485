using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Common;

namespace ThiDua.Application.People.RecordPersonRating;

/// <summary>Records (or corrects) a person's rating for a year, with the document that records it. Returns the person as the caller sees them.</summary>
public sealed record RecordPersonRatingCommand(Guid PersonId, int Year, PerformanceRating Rating, DocumentInput? Document) : ICommand<PersonDto>;
