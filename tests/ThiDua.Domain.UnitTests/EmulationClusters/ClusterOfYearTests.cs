using ThiDua.Domain.EmulationClusters;
using static ThiDua.Domain.UnitTests.TestClusters;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.EmulationClusters;

/// <summary>A cluster read for one year (what covenant commands read): that year's term, and no other year by mistake.</summary>
public class ClusterOfYearTests
{
    [Fact]
    public void FindTerm_OfTheYearRead_IsThatTerm()
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define([Active("BV-01"), Active("BV-02")]);

        var read = new ClusterOfYear(cluster.Id, cluster.Name, cluster.ManagingAuthorityId, Year, term);

        read.FindTerm(Year).ShouldBeSameAs(term);
    }

    [Fact]
    public void FindTerm_IsNull_WhenTheClusterHasNoTermThatYear()
    {
        var cluster = TestClusters.Create();

        var read = new ClusterOfYear(cluster.Id, cluster.Name, cluster.ManagingAuthorityId, Year, null);

        read.FindTerm(Year).ShouldBeNull();
    }

    [Theory]
    [InlineData(Year - 1)]
    [InlineData(Year + 1)]
    public void FindTerm_OfAnotherYear_Throws_RatherThanAnswerNoTerm(int year)
    {
        var cluster = TestClusters.Create();
        var term = cluster.Define([Active("BV-01")]);
        var read = new ClusterOfYear(cluster.Id, cluster.Name, cluster.ManagingAuthorityId, Year, term);

        Should.Throw<ArgumentOutOfRangeException>(() => read.FindTerm(year));
    }
}
