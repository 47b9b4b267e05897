using System.Diagnostics;

namespace LocalOfferGen.Tests;

/// <summary>Runs the real <c>localoffer</c> program, as an editor would.</summary>
public static class Localoffer
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Invoke(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "localoffer.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
