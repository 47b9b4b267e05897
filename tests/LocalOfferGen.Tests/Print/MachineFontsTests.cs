using System.Diagnostics;

namespace LocalOfferGen.Tests.Print;

/// <summary>The PDFs never depend on the machine's fonts: the sample built with every system font folder hidden
/// gives the same bytes as a build on this machine with its fonts.</summary>
public class MachineFontsTests
{
    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts"];

    [Fact]
    public void The_sample_PDFs_are_byte_identical_with_the_machines_font_folders_hidden()
    {
        var work = Directory.CreateTempSubdirectory("lo-no-fonts-").FullName;
        try
        {
            var normal = Path.Combine(work, "normal");
            var hidden = Path.Combine(work, "hidden");
            Run(Command(normal), []);
            var emptyConfig = Path.Combine(work, "fonts.conf");
            File.WriteAllText(emptyConfig, "<?xml version=\"1.0\"?><fontconfig></fontconfig>\n");
            var environment = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = emptyConfig, ["HOME"] = work };
            if (OperatingSystem.IsLinux() && CanUnshare())
            {
                // A private mount namespace with an empty tmpfs over each font folder: nothing in it can be read.
                var mounts = string.Concat(FontFolders.Where(Directory.Exists).Select(f => $"mount -t tmpfs none {f} && "));
                var probe = string.Concat(FontFolders.Where(Directory.Exists).Select(f => $"[ -z \"$(ls -A {f})\" ] && "));
                Run(["unshare", "--mount", "--map-root-user", "sh", "-c", mounts + probe + "exec \"$@\"", "sh", .. Command(hidden)], environment);
            }
            else
            {
                TestContext.Current.SendDiagnosticMessage("no mount namespaces here: fonts hidden from fontconfig and HOME only");
                Run(Command(hidden), environment);
            }
            var pdfs = Directory.GetFiles(Path.Combine(normal, "print"), "*.pdf", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(normal, f)).Order(StringComparer.Ordinal).ToList();
            Assert.True(pdfs.Count >= 4, $"only {pdfs.Count} PDFs");
            Assert.Contains(pdfs, p => p.Contains("easy-read", StringComparison.Ordinal));
            foreach (var pdf in pdfs)
                Assert.True(File.ReadAllBytes(Path.Combine(normal, pdf)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(hidden, pdf))),
                    $"{pdf} differs when the machine's fonts are hidden");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The library's code names no font folder of any system: the fonts come from the theme alone.</summary>
    [Fact]
    public void The_library_looks_in_no_system_font_folder()
    {
        var sources = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories);
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var marker in new[] { "share/fonts", "Library/Fonts", "SpecialFolder.Fonts", "Windows\", \"Fonts", ".fonts\"" })
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{file} mentions {marker}");
        }
    }

    private static string[] Command(string output) =>
        ["dotnet", Path.Combine(AppContext.BaseDirectory, "localoffer.dll"), "build", "--content", Repository.Content,
            "--output", output, "--formats", "print", "--today", "2026-11-27"];

    private static bool CanUnshare()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("unshare", ["--mount", "--map-root-user", "true"])
                { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Run(string[] command, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command[0], command[1..]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', command)}: exit {process.ExitCode}\n{output.Result}\n{error.Result}");
    }
}
