using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using LocalOfferGen.Audit;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.OpenReferral;
using YamlDotNet.RepresentationModel;

namespace LocalOfferGen.Tests.Scaffolding;

/// <summary>What <c>new site</c> writes beside content/ so that GitHub builds the site with the released tool: a
/// tool manifest pinned to this version, a nuget.config naming where the package comes from, and a workflow
/// that restores the tool and never builds the generator's source.</summary>
public sealed class NewSiteRepositoryTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string NewSite()
    {
        var folder = _temp["our-local-offer"];
        var result = Scaffolder.Create(ScaffoldKind.Site, folder, "", Today);
        Assert.True(result.Succeeded, result.Refusal);
        return folder;
    }

    [Fact]
    public void The_tool_manifest_pins_the_localoffer_command_to_this_version()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(NewSite(), ".config", "dotnet-tools.json")))!;

        Assert.Equal(1, (int)manifest["version"]!);
        Assert.True((bool)manifest["isRoot"]!);
        var tool = manifest["tools"]!.AsObject().Single();
        Assert.Equal("localoffergen", tool.Key);
        var cli = typeof(LocalOfferGen.Cli.Commands.NewCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(cli.Split('+')[0], (string)tool.Value!["version"]!);
        Assert.Equal(RepositoryFiles.ToolVersion, (string)tool.Value["version"]!);
        Assert.Equal(["localoffer"], tool.Value["commands"]!.AsArray().Select(c => (string)c!));
        Assert.False((bool)tool.Value["rollForward"]!);
    }

    [Fact]
    public void The_nuget_config_names_one_source_for_the_package_and_explains_the_line_to_change()
    {
        var text = File.ReadAllText(Path.Combine(NewSite(), "nuget.config"));
        var sources = XDocument.Parse(text).Root!.Element("packageSources")!;

        Assert.NotNull(sources.Element("clear"));
        var source = Assert.Single(sources.Elements("add"));
        Assert.Equal("localoffergen", (string)source.Attribute("key")!);
        Assert.Equal("packages", (string)source.Attribute("value")!);
        Assert.Contains("not published on nuget.org", text);
        Assert.Contains("dotnet pack src/LocalOfferGen -o nupkg", text);
    }

    [Fact]
    public void The_workflow_restores_the_tool_then_builds_and_audits_with_it_and_never_builds_the_generator()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(NewSite(), ".github", "workflows", "local-offer.yml"))));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        var jobs = (YamlMappingNode)root["jobs"];
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!).ToList();

        Assert.Equal(["dotnet tool restore",
            "dotnet localoffer build --content content --output output",
            "dotnet localoffer audit --content content --output output --format github"], runs);
        var uses = steps.Where(s => s.Children.ContainsKey("uses")).Select(s => ((YamlScalarNode)s["uses"]).Value!).ToList();
        Assert.Contains("actions/setup-dotnet@v4", uses);
        Assert.Contains("actions/upload-pages-artifact@v3", uses);
        Assert.True(jobs.Children.ContainsKey("deploy"));
        Assert.Equal(["pull_request", "push", "workflow_dispatch", "schedule"], ((YamlMappingNode)root["on"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
    }

    [Fact]
    public void The_gitignore_keeps_the_built_site_out_of_git()
    {
        var lines = File.ReadAllLines(Path.Combine(NewSite(), ".gitignore"));
        Assert.Contains("/output/", lines);
        Assert.Contains("/.output*", lines);
    }

    [Fact]
    public void A_new_site_builds_with_no_errors_and_only_the_statutory_topics_it_has_not_written_fail_the_strict_checks()
    {
        var site = NewSite();
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Path.Combine(site, "content"),
            OutputDirectory = Path.Combine(site, "output"),
            Settings = new BuildSettings { Today = Today },
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        // The strict audit finds nothing but the topics the law asks for that no page covers yet.
        var strict = Localoffer.Invoke(site, "audit", "--strict", "--today", "2026-11-27", "--format", "json");
        Assert.Equal(1, strict.ExitCode);
        var findings = JsonNode.Parse(strict.Out)!["findings"]!.AsArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains((string)f!["code"]!, new[] { DiagnosticCodes.MustTopicNotCovered, DiagnosticCodes.ShouldTopicNotCovered }));
        Assert.All(findings, f => Assert.Equal(AuditCheckIds.Coverage, (string)f!["check"]!));

        var build = Localoffer.Invoke(site, "build", "--strict", "--today", "2026-11-27");
        Assert.Equal(1, build.ExitCode);
        Assert.All((build.Out + build.Error).Split('\n').Where(l => l.Contains(": error LO", StringComparison.Ordinal)),
            l => Assert.Contains(DiagnosticCodes.MustTopicNotCovered, l));
    }

    [Fact]
    public void New_site_says_plainly_why_the_strict_checks_fail_and_where_the_tool_comes_from()
    {
        var run = Localoffer.Invoke(_temp.Path, "new", "site", "our-local-offer");

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { ".config/dotnet-tools.json", "nuget.config", ".github/workflows/local-offer.yml", ".gitignore" })
            Assert.Contains($"Created our-local-offer/{file}", run.Out);
        var said = string.Join(' ', run.Out.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the topics the law asks a Local Offer to cover ('localoffer audit' lists them), so 'localoffer audit --strict' and 'localoffer build --strict' fail until published pages cover them all", said);
        Assert.Contains($"installs LocalOfferGen {RepositoryFiles.ToolVersion} with 'dotnet tool restore'", said);
        Assert.Contains("change the one 'localoffergen' line", said);
    }
}
