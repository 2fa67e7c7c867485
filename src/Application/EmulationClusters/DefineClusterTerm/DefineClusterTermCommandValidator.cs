using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.EmulationClusters.DefineClusterTerm;

public sealed class DefineClusterTermCommandValidator : AbstractValidator<DefineClusterTermCommand>
{
    public const int MaxMembers = 500;

    public DefineClusterTermCommandValidator()
    {
        RuleFor(x => x.Year).TermYear();
        RuleFor(x => x.MemberUnitIds).NotNull().WithMessage("Liệt kê tất cả đơn vị thành viên hiện tại (danh sách rỗng sẽ xóa toàn bộ thành viên).", "List every current member unit (an empty list removes them all).");
        RuleFor(x => x.MemberUnitIds).MaxItems(MaxMembers).WithMessage($"Mỗi nhiệm kỳ có tối đa {MaxMembers} thành viên.", $"A term has at most {MaxMembers} members.");
        RuleForEach(x => x.MemberUnitIds).NotEmpty();
        RuleFor(x => x.MemberUnitIds).Must(ids => ids!.Distinct().Count() == ids!.Count)
            .When(x => x.MemberUnitIds is not null)
            .WithMessage("Một đơn vị được liệt kê hai lần.", "A unit is listed twice.");
        When(x => x.Election is not null, () =>
        {
            RuleFor(x => x.Election!.HeadUnitId).NotEmpty().OverridePropertyName("election.headUnitId");
            RuleFor(x => x.Election!.DeputyUnitId).NotEqual(Guid.Empty).OverridePropertyName("election.deputyUnitId");
            RuleFor(x => x.Election!.Document).NotNull().OverridePropertyName("election.document")
                .SetValidator(new DocumentInputValidator());
        });
    }
}
