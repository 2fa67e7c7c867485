using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People;
using ThiDua.Application.Units.GetUnitRatings;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.RecordUnitRating;

/// <summary>
/// A collective's task completion is assessed by its superior (BN86 Art. 7: the superior's written assessment), so an
/// admin or a council strictly above the unit records it (never the unit's own council).
/// </summary>
public sealed class RecordUnitRatingCommandHandler(IUnitRepository units, AccessGuard access, TimeProvider clock) : ICommandHandler<RecordUnitRatingCommand, Page<RatingDto>>
{
    public async ValueTask<Page<RatingDto>> Handle(RecordUnitRatingCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(command.UnitId), cancellationToken) ?? throw new NotFoundException("Unit", command.UnitId);
        await access.EnsureCanJudgeAsync(unit.Id, cancellationToken);
        unit.RecordRating(command.Year, command.Rating, command.Document?.ToReference(), clock.GetUtcNow());
        return UnitRatings.Of(unit);
    }
}
