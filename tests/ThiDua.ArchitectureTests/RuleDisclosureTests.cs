using ThiDua.Application.Eligibility;
using ThiDua.Domain.Eligibility;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// Every eligibility rule says whether its outcome reveals personal data (issue 15 item 2): a new rule that is not
/// classified would be withheld from integration clients by default, but its author must decide.
/// </summary>
public sealed class RuleDisclosureTests
{
    [Fact]
    public void EveryRuleOfTheCatalogue_IsClassified()
    {
        EligibilityRules.All.Select(r => r.Code).Where(code => !RuleDisclosure.IsClassified(code)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("discipline.none_in_year", true)]
    [InlineData("hold.none", true)]
    [InlineData("ldtt.rating_good", true)]
    [InlineData("ldtt.time_worked", true)]
    [InlineData("long_service.retirement_notified", true)]
    [InlineData("ttldxs.no_member_warning", true)]
    [InlineData("award.not_already_held", false)]
    [InlineData("ttldtt.rating_good", false)]
    [InlineData("long_service.leadership_time", false)]
    [InlineData("a.rule_nobody_classified", true)]
    public void PersonalRules_AreWithheld_PublicOnesShown(string code, bool reveals)
    {
        RuleDisclosure.RevealsPersonalData(code).ShouldBe(reveals);
        (RuleDisclosure.PersonalDataRead(code) is not null).ShouldBe(reveals && RuleDisclosure.IsClassified(code));
    }
}
