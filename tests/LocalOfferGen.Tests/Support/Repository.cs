namespace LocalOfferGen.Tests;

/// <summary>Paths of the repository, found from the test's working folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The sample Local Offer in content/.</summary>
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalOfferGen.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("cannot find LocalOfferGen.sln above the test folder");
    }
}
