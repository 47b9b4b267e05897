using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.OpenReferral;

namespace LocalOfferGen.Tests.Scaffolding;

/// <summary>The path a council takes, end to end: the tool packed as a .NET tool package, a site from
/// <c>new site</c> with nuget.config's one line pointed at the package's folder, <c>dotnet tool restore</c>, and
/// the restored <c>dotnet localoffer build</c>, as the workflow runs them.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_packed_tool_restores_from_the_sites_manifest_and_builds_the_new_site()
    {
        // Packs what the test project was built with, so nothing is built twice.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(Repository.Root, "src", "LocalOfferGen");
        var pack = Run(Repository.Root, "pack", project, "--no-build", "--configuration", configuration, "--output", _temp["feed"], "-nologo");
        Assert.True(pack.Code == 0, pack.Output);
        var package = Path.Combine(_temp["feed"], $"LocalOfferGen.{RepositoryFiles.ToolVersion}.nupkg");
        AssertPackageDescribesItself(package);

        var site = _temp["our-local-offer"];
        Assert.True(Localoffer.Invoke(_temp.Path, "new", "site", "our-local-offer").ExitCode == 0);
        var config = Path.Combine(site, "nuget.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace("value=\"packages\"", $"value=\"{_temp["feed"]}\"", StringComparison.Ordinal));

        var restore = Run(site, "tool", "restore");
        Assert.True(restore.Code == 0, restore.Output);
        Assert.Contains($"Tool 'localoffergen' (version '{RepositoryFiles.ToolVersion}') was restored", restore.Output);

        var build = Run(site, "localoffer", "build", "--content", "content", "--output", "output", "--today", "2026-11-27");
        Assert.True(build.Code == 0, build.Output);
        Assert.Contains("0 warnings, 0 errors", build.Output);
        Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "output", "about-the-local-offer", "index.html")));

        // The strict gate fails on nothing but the statutory topics a new site does not cover yet.
        var strict = Run(site, "localoffer", "build", "--strict", "--today", "2026-11-27");
        Assert.Equal(1, strict.Code);
        Assert.All(strict.Output.Split('\n').Where(l => l.Contains(": error LO", StringComparison.Ordinal)), l => Assert.Contains("LO3101", l));
    }

    /// <summary>The package carries its readme and licence, and none of the native libraries' debug symbols.</summary>
    private static void AssertPackageDescribesItself(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("LocalOfferGen", Value("id"));
        Assert.Equal(RepositoryFiles.ToolVersion, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("MIT", Value("license"));
        var readme = new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.Contains("dotnet tool restore", readme);
        Assert.Contains(zip.Entries, e => e.FullName == "tools/net10.0/any/runtimes/linux-x64/native/libSkiaSharp.so");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("tools/net10.0/any/runtimes/", StringComparison.Ordinal) && e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }

    /// <summary>Runs dotnet with a NuGet cache and a CLI home of the test's own, so the package just packed is the one restored
    /// (a cache that already holds this version would otherwise give the older build).</summary>
    private (int Code, string Output) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NUGET_PACKAGES"] = _temp["nuget-cache"];
        // dotnet remembers where each restored tool lives in ~/.dotnet/toolResolverCache; a home of the test's own
        // keeps an earlier run's entry (pointing into its deleted cache) from hiding the tool just restored.
        start.Environment["DOTNET_CLI_HOME"] = Directory.CreateDirectory(_temp["dotnet-home"]).FullName;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
