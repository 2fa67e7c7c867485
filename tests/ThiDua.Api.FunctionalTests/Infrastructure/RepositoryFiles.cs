namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>Files committed in the repository that the tests hold the running app to (the contract, the migration script, the licence).</summary>
internal static class RepositoryFiles
{
    /// <summary>The full path of <paramref name="parts"/> under the repository root (the folder of <c>ThiDua.sln</c>).</summary>
    public static string PathOf(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ThiDua.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("ThiDua.sln not found above the test binaries.");
        return System.IO.Path.Combine([root, .. parts]);
    }
}
