using Mediator;

namespace ThiDua.Application.AwardTypes.GetAwardType;

public sealed record GetAwardTypeQuery(string Code, DateOnly? On) : IQuery<AwardTypeDto>;
