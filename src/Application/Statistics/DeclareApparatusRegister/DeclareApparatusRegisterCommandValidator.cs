using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics.DeclareApparatusRegister;

public sealed class DeclareApparatusRegisterCommandValidator : AbstractValidator<DeclareApparatusRegisterCommand>
{
    /// <summary>At most this many entries per list: a province's TĐKT apparatus is tens of people, not thousands.</summary>
    public const int MaxEntries = 2000;

    public DeclareApparatusRegisterCommandValidator()
    {
        RuleFor(x => x.AuthorityId).NotEmpty();
        RuleFor(x => x.Year).InclusiveBetween(ReportingPeriod.FirstYear, ReportingPeriod.LastYear);
        RuleFor(x => x.Units).NotNull().Must(u => u.Count <= MaxEntries).WithMessage($"Tối đa {MaxEntries} tổ chức.", $"At most {MaxEntries} units.");
        RuleFor(x => x.Staff).NotNull().Must(s => s.Count <= MaxEntries).WithMessage($"Tối đa {MaxEntries} người.", $"At most {MaxEntries} staff entries.");
        RuleForEach(x => x.Units).ChildRules(u =>
        {
            u.RuleFor(e => e.Reference).NotEmpty().MaximumLength(ApparatusUnitEntry.ReferenceMaxLength);
            u.RuleFor(e => e.Name).NotEmpty().MaximumLength(ApparatusUnitEntry.NameMaxLength);
            u.RuleFor(e => e.Level).NotNull().IsInEnum();
            u.RuleFor(e => e.Staffing).NotNull().IsInEnum();
        });
        RuleForEach(x => x.Staff).ChildRules(s =>
        {
            s.RuleFor(e => e.Reference).NotEmpty().MaximumLength(ApparatusStaffEntry.ReferenceMaxLength);
            s.RuleFor(e => e.Gender).NotNull().IsInEnum();
            s.RuleFor(e => e.BirthYear).NotNull().InclusiveBetween(1900, ReportingPeriod.LastYear);
            s.RuleFor(e => e.Education).NotNull().IsInEnum();
            s.RuleFor(e => e.FirstYearInField).NotNull().InclusiveBetween(1945, ReportingPeriod.LastYear)
                .GreaterThanOrEqualTo(e => e.BirthYear ?? 0).WithMessage("Năm bắt đầu làm công tác thi đua, khen thưởng không thể trước năm sinh.", "The first year in TĐKT work cannot precede the birth year.");
            s.RuleFor(e => e.Staffing).NotNull().IsInEnum();
        });
    }
}
