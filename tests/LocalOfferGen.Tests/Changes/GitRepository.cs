using System.Diagnostics;

namespace LocalOfferGen.Tests.Changes;

/// <summary>Makes a real git repository of a test folder, with commits on dates the test chooses.</summary>
public static class GitRepository
{
    public static void Init(string folder)
    {
        Git(folder, null, "init", "-q", "-b", "main");
        Git(folder, null, "config", "user.name", "Test Editor");
        Git(folder, null, "config", "user.email", "editor@test.example");
        Git(folder, null, "config", "commit.gpgsign", "false");
    }

    /// <summary>Commits everything in the folder as it is now, dated <paramref name="date"/> (author and committer).</summary>
    public static void CommitAll(string folder, DateOnly date, string message)
    {
        Git(folder, null, "add", "-A");
        Git(folder, date, "commit", "-q", "--allow-empty", "-m", message);
    }

    public static string Git(string folder, DateOnly? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (date is { } d)
        {
            var stamp = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T12:00:00+00:00";
            start.Environment["GIT_AUTHOR_DATE"] = stamp;
            start.Environment["GIT_COMMITTER_DATE"] = stamp;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }
}
