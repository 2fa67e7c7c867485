namespace ThiDua.ArchitectureTests;

/// <summary>The repository's C# sources, for the conventions that are checked on text (generated and migration code excluded).</summary>
internal static class SourceFiles
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ThiDua.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ThiDua.sln not found above the test binaries.");
    }

    /// <summary>Every hand-written .cs file under <paramref name="folder"/> (relative to the repository root), with its path relative to that folder.</summary>
    public static List<(string Path, string Text)> Read(string folder)
    {
        var root = Path.Combine(RepositoryRoot(), folder);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(root, p), File.ReadAllText(p)))
            .ToList();
    }
}
