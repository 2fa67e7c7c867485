using FluentValidation;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.CampaignReports.ListReports;

public sealed class ListReportsQueryValidator : AbstractValidator<ListReportsQuery>
{
    public ListReportsQueryValidator()
    {
        RuleFor(x => x.Period).Must(p => ReportPeriod.TryParse(p, out _)).When(x => x.Period is not null)
            .WithMessage("Đợt báo cáo là phase-1, phase-2, ... hoặc final.", "The period is phase-1, phase-2, ... or final.").OverridePropertyName("period");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
