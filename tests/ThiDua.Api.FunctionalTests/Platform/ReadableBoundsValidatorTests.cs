using FluentValidation;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.Covenants.RecordAssessment;
using ThiDua.Domain.CovenantAssessments;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The list and item bounds that used to hide in <c>Must</c> lambdas, now readable by the document (ADR 0017, "Lint"),
/// still hold at their edges: none, one, the bound, one more. Plain objects, no database.
/// </summary>
public sealed class ReadableBoundsValidatorTests
{
    private sealed record Holder(IReadOnlyList<int>? Items);

    private sealed class HolderValidator : AbstractValidator<Holder>
    {
        public HolderValidator() => RuleFor(h => h.Items).MaxItems(2);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void MaxItems_PassesUpToTheBound_AndAMissingList(int count, bool valid)
    {
        var holder = new Holder(count < 0 ? null : Enumerable.Range(0, count).ToList());
        var result = new HolderValidator().Validate(holder);
        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            result.Errors.Single().PropertyName.ShouldBe("Items");
        }
    }

    [Fact]
    public void MaxItems_IsReadableFromTheDescriptor()
    {
        var component = new HolderValidator().CreateDescriptor().GetRulesForMember("Items").Single().Components.Single();
        ((IMaxItemsValidator)component.Validator).MaxItems.ShouldBe(2);
    }

    [Theory]
    [InlineData(200, 300, null)]
    [InlineData(201, 300, "Recipients")]
    [InlineData(1, 301, "Recipients[0]")]
    [InlineData(1, 0, "Recipients[0]")]
    public void LaunchLetterRecipients_AtMost200NamesOfAtMost300Characters(int count, int length, string? field)
    {
        var letter = new LaunchLetterInput("1975/SYT-VP", new DateOnly(2026, 3, 1), "Nguyễn Văn A", "Giám đốc",
            Enumerable.Repeat(new string('x', length), count).ToList(), null);
        var errors = new LaunchLetterInputValidator().Validate(letter).Errors;
        if (field is null)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.Select(e => e.PropertyName).Distinct().ShouldBe([field]);
        }
    }

    [Theory]
    [InlineData(50, 500, null)]
    [InlineData(51, 1, "Commemorations")]
    [InlineData(1, 501, "Commemorations[0]")]
    public void PhaseCommemorations_AtMost50TextsOfAtMost500Characters(int count, int length, string? field)
    {
        var phase = new PhaseInput("Đợt 1", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null,
            Enumerable.Repeat(new string('x', length), count).ToList());
        var errors = new PhaseInputValidator().Validate(phase).Errors;
        if (field is null)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.Select(e => e.PropertyName).Distinct().ShouldBe([field]);
        }
    }

    [Theory]
    [InlineData(500, 0)]
    [InlineData(501, 1)]
    public void AssessmentCriteria_AtMost500_ReportedOnce(int count, int errors)
    {
        var command = new RecordAssessmentCommand(Guid.NewGuid(), Guid.NewGuid(), AssessorKind.Self, null,
            Enumerable.Range(0, count).Select(i => new ScoreInput($"C{i}", 1m)).ToList(), null, null, null, null, null, null);
        new RecordAssessmentCommandValidator().Validate(command).Errors.Count(e => e.PropertyName == "Criteria").ShouldBe(errors);
    }

    [Fact]
    public void AssessmentCriteria_ACodeTwice_IsStillRefused()
    {
        var command = new RecordAssessmentCommand(Guid.NewGuid(), Guid.NewGuid(), AssessorKind.Self, null,
            [new ScoreInput("C1", 1m), new ScoreInput("c1", 2m)], null, null, null, null, null, null);
        new RecordAssessmentCommandValidator().Validate(command).Errors.Count(e => e.PropertyName == "Criteria").ShouldBe(1);
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(10, 11, 1)]
    [InlineData(10, -1, 1)]
    public void AssessmentStaff_WomenBetweenZeroAndTotal(int total, int women, int errors)
    {
        var command = new RecordAssessmentCommand(Guid.NewGuid(), Guid.NewGuid(), AssessorKind.Self, null, null, null, null, null, null,
            new StaffInput(total, women), null);
        var found = new RecordAssessmentCommandValidator().Validate(command).Errors.Where(e => e.PropertyName.StartsWith("Staff.", StringComparison.Ordinal)).ToList();
        if (total == 0)
        {
            found.Select(e => e.PropertyName).ShouldContain("Staff.Total");
        }
        else
        {
            found.Count.ShouldBe(errors);
        }
    }
}
