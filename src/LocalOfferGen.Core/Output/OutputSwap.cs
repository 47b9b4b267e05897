using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>Builds happen in a sibling staging folder that replaces the output folder only when the
/// whole build succeeded, so a reader never sees a half-written site and a failed, cancelled or killed
/// build leaves the previous output exactly as it was. A lock file stops two builds sharing one output.
/// The output a build replaces is kept as <c>.output.previous</c> and becomes the next build's staging
/// folder: writing over it leaves unchanged files alone and makes no new folders, which on a large site is
/// most of the file system's work (and keeps deploys that compare files small).</summary>
public sealed class OutputSwap : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _output;
    private bool _committed;

    private OutputSwap(string output, FileStream lockStream, string staging)
    {
        _output = output;
        _lock = lockStream;
        Staging = staging;
    }

    public string Staging { get; }

    /// <summary>Takes the lock and prepares the staging folder (the output before last, or a new empty folder);
    /// null (reported) when another build holds the lock.</summary>
    public static OutputSwap? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(Path.Combine(parent, $".{name}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceSpan.File(outputDirectory),
                "another build is writing to this output folder; wait for it to finish and try again");
            return null;
        }
        RestoreInterruptedSwap(output, parent, name);
        RemoveStaleFolders(parent, name);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var previous = PreviousOf(parent, name);
        if (Directory.Exists(previous)) Directory.Move(previous, staging);
        else Directory.CreateDirectory(staging);
        return new OutputSwap(output, lockStream, staging);
    }

    /// <summary>Removes what the build did not write from the staging folder (files of the build it was made
    /// from) and puts it in place of the output folder, which is kept for the next build.</summary>
    public void Commit(OutputFolder written)
    {
        written.RemoveUnwritten();
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        var previous = PreviousOf(parent, name);
        var marker = SwappingMarkerOf(parent, name);
        // The marker says "between the two moves": if the build is killed there, the next one moves the
        // previous output back (see RestoreInterruptedSwap).
        File.WriteAllBytes(marker, []);
        if (Directory.Exists(previous)) TryDelete(previous);
        if (Directory.Exists(_output)) Directory.Move(_output, previous);
        Directory.Move(Staging, _output);
        File.Delete(marker);
        _committed = true;
    }

    public void Dispose()
    {
        // A build that did not finish leaves its staging folder as the one the next build starts from.
        if (!_committed && Directory.Exists(Staging))
        {
            var parent = Path.GetDirectoryName(_output)!;
            var previous = PreviousOf(parent, Path.GetFileName(_output));
            try
            {
                if (Directory.Exists(previous)) TryDelete(Staging);
                else Directory.Move(Staging, previous);
            }
            catch (IOException) { TryDelete(Staging); }
            catch (UnauthorizedAccessException) { TryDelete(Staging); }
        }
        _lock.Dispose();
        try { File.Delete(_lock.Name); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string PreviousOf(string parent, string name) => Path.Combine(parent, $".{name}.previous");

    private static string SwappingMarkerOf(string parent, string name) => Path.Combine(parent, $".{name}.swapping");

    /// <summary>A build killed between the two moves of <see cref="Commit"/> leaves no output folder, only the
    /// previous one: put it back before anything else, so even that leaves the previous output in place.</summary>
    private static void RestoreInterruptedSwap(string output, string parent, string name)
    {
        var marker = SwappingMarkerOf(parent, name);
        if (!File.Exists(marker)) return;
        var previous = PreviousOf(parent, name);
        if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
        File.Delete(marker);
    }

    /// <summary>Staging folders left by a build that was killed; only our own names are touched.</summary>
    private static void RemoveStaleFolders(string parent, string name)
    {
        foreach (var directory in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(directory)[(name.Length + 2)..];
            if (suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal))
                TryDelete(directory);
        }
    }

    private static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
