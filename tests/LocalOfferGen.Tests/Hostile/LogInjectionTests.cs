using System.Diagnostics;
using LocalOfferGen.Audit;
using LocalOfferGen.Audit.Reports;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Issue 16, hole 6: a value quoted from the content can never start a line of the build's or the
/// audit's output, so no content can print a GitHub Actions workflow command (<c>::add-mask::</c>,
/// <c>::error</c>) into a CI log, or recolour a terminal.</summary>
public sealed class LogInjectionTests
{
    private const string Injected = "autism\n::add-mask::x\r::error::pwned\u001b[31m\u202Eevil\u2028::warning::y";

    private static HostileContent ContentQuoting()
    {
        var content = HostileContent.Create();
        var service = Path.Combine(content.Content, "services", "play-scheme.yml");
        // A YAML double-quoted string can hold any character as an escape; the loader quotes the unknown need.
        File.WriteAllText(service, File.ReadAllText(service).Replace("needs: [autism, learning]",
            "needs: [\"autism\\n::add-mask::x\\r::error::pwned\\e[31m\\u202Eevil\\u2028::warning::y\"]"));
        return content;
    }

    private static void AssertNoCommandStarts(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var trimmed = line.TrimStart('\r');
            Assert.False(trimmed.StartsWith("::add-mask::") || trimmed.StartsWith("::error::pwned") || trimmed.StartsWith("::warning::y"),
                $"a line of the output starts a workflow command: {line}");
        }
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u2028', output);
    }

    [Fact]
    public void Build_output_shows_a_quoted_newline_as_an_escape()
    {
        using var content = ContentQuoting();
        var run = Localoffer.Invoke(content.Root, "build", "--formats", "web");
        AssertNoCommandStarts(run.Out + run.Error);
        Assert.Contains("\\n::add-mask::x\\r::error::pwned\\u001B[31m\\u202Eevil\\u2028::warning::y", run.Out + run.Error);
    }

    [Fact]
    public void Audit_github_format_shows_a_quoted_newline_as_an_escape()
    {
        using var content = ContentQuoting();
        var run = Localoffer.Invoke(content.Root, "audit", "--format", "github");
        AssertNoCommandStarts(run.Out + run.Error);
        Assert.Contains("::error file=content/services/play-scheme.yml,line=9,col=9,title=LO0202 (content)::unknown need 'autism\\n::add-mask::x\\r::error::pwned\\u001B[31m\\u202Eevil\\u2028::warning::y'", run.Out);
    }

    [Fact]
    public void Every_diagnostic_and_finding_escapes_control_characters_in_its_path_and_message()
    {
        var diagnostic = new Diagnostic(Severity.Error, "LO0115", "content/x\n::error::y.md", 1, 1, Injected);
        Assert.Equal("content/x\\n::error::y.md(1,1): error LO0115: autism\\n::add-mask::x\\r::error::pwned\\u001B[31m\\u202Eevil\\u2028::warning::y",
            diagnostic.ToString());
        var finding = AuditFinding.From("content", diagnostic);
        Assert.DoesNotContain('\n', finding.Message);
        var github = new StringWriter();
        GitHubAuditReport.WriteCommands([finding], github);
        Assert.Single(github.ToString().TrimEnd('\n').Split('\n'));
        AssertNoCommandStarts(github.ToString());
    }

    [Fact]
    public void An_internal_error_naming_a_file_escapes_it_too()
    {
        var error = new InternalError("reading content/pages/a\n::add-mask::x.md", new InvalidOperationException("boom\n::error::y"));
        Assert.DoesNotContain('\n', error.Message);
    }
}
