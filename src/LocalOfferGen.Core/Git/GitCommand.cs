using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LocalOfferGen.Git;

/// <summary>Runs the git executable, for "Last updated" dates (<see cref="Changes.GitHistory"/>) and for
/// <c>localoffer diff</c>: never taking a lock or asking a question of the person building, with git's own error
/// message kept to report.</summary>
internal static class GitCommand
{
    /// <summary>What git said. <see cref="Started"/> is false when there is no git on PATH.</summary>
    public sealed record Result(bool Started, int ExitCode, string Output, string Error)
    {
        public bool Succeeded => Started && ExitCode == 0;
    }

    public static Result Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, arguments, stdout => new StreamReader(stdout, Encoding.UTF8).ReadToEnd());

    /// <summary>Runs git and hands its output, as a stream, to <paramref name="read"/> (a tar archive is read as it comes).</summary>
    public static Result Run(string workingDirectory, string[] arguments, Func<Stream, string> read)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        // Folder names are paths, never patterns: a content folder called "[a]" is that folder.
        start.Environment["GIT_LITERAL_PATHSPECS"] = "1";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null) return new Result(false, -1, "", "");
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            string output;
            try
            {
                output = read(process.StandardOutput.BaseStream);
            }
            finally
            {
                // Whatever the reader left unread is drained, so git is never stuck writing to a full pipe.
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                process.WaitForExit();
            }
            return new Result(true, process.ExitCode, output, error.Result.Trim());
        }
        catch (Exception e) when (e is Win32Exception or IOException) // no git on PATH, or its pipes failed
        {
            return new Result(false, -1, "", "");
        }
    }
}
