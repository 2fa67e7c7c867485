using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.Common;

public class EntityIdsTests
{
    [Fact]
    public void New_OutsideAScope_IsATimeOrderedVersion7Id()
    {
        var first = EntityIds.New();
        var second = EntityIds.New();

        first.Version.ShouldBe(7);
        second.ShouldNotBe(first);
    }

    [Fact]
    public void NameBased_IsAVersion5IdOfTheRfcVariant_AndTheSameForTheSameName()
    {
        var id = EntityIds.NameBased("demo:unit:SYT-HN");

        id.Version.ShouldBe(5);
        (id.Variant & 0b1100).ShouldBe(0b1000);
        EntityIds.NameBased("demo:unit:SYT-HN").ShouldBe(id);
        EntityIds.NameBased("demo:unit:SYT-HNAM").ShouldNotBe(id);
    }

    [Fact]
    public void Deterministic_GivesTheKeysIdThenNumberedOnes_TheSameEachTime_AndEndsWithItsScope()
    {
        Guid[] Run()
        {
            using var scope = EntityIds.Deterministic("demo:unit:SYT-HN");
            return [UnitId.New().Value, EntityIds.New(), EntityIds.New()];
        }

        var first = Run();

        first.ShouldBe(Run());
        first[0].ShouldBe(EntityIds.NameBased("demo:unit:SYT-HN"));
        first[1].ShouldBe(EntityIds.NameBased("demo:unit:SYT-HN#1"));
        first.Distinct().Count().ShouldBe(3);
        EntityIds.New().Version.ShouldBe(7);
    }

    [Fact]
    public void Deterministic_Nested_RestoresTheOuterScopeWhenDisposed()
    {
        using var outer = EntityIds.Deterministic("outer");
        EntityIds.New().ShouldBe(EntityIds.NameBased("outer"));
        using (EntityIds.Deterministic("inner"))
        {
            EntityIds.New().ShouldBe(EntityIds.NameBased("inner"));
        }

        EntityIds.New().ShouldBe(EntityIds.NameBased("outer#1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Deterministic_WithoutAKey_IsRefused(string key) =>
        Should.Throw<ArgumentException>(() => EntityIds.Deterministic(key));
}
