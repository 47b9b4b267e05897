using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>Builds happen in a sibling staging folder that replaces the output folder only when the
/// whole build succeeded, so a reader never sees a half-written site and a failed, cancelled or killed
/// build leaves the previous output exactly as it was. A lock file stops two builds sharing one output.</summary>
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

    /// <summary>Takes the lock and makes an empty staging folder; null (reported) when another build holds the lock.</summary>
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
        Directory.CreateDirectory(staging);
        return new OutputSwap(output, lockStream, staging);
    }

    /// <summary>Puts the staging folder in place of the output folder.</summary>
    public void Commit()
    {
        var parent = Path.GetDirectoryName(_output)!;
        var retired = Path.Combine(parent, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
        if (Directory.Exists(_output)) Directory.Move(_output, retired);
        Directory.Move(Staging, _output);
        _committed = true;
        if (Directory.Exists(retired)) TryDelete(retired);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(Staging);
        _lock.Dispose();
        try { File.Delete(_lock.Name); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A build killed between the two moves of <see cref="Commit"/> leaves no output folder, only the
    /// retired one: put it back before anything else, so even that leaves the previous output in place.</summary>
    private static void RestoreInterruptedSwap(string output, string parent, string name)
    {
        if (Directory.Exists(output)) return;
        var retired = Directory.EnumerateDirectories(parent, $".{name}.old-*")
            .Select(d => new DirectoryInfo(d)).OrderByDescending(d => d.LastWriteTimeUtc).FirstOrDefault();
        if (retired is not null) retired.MoveTo(output);
    }

    /// <summary>Staging or retired folders left by a build that was killed; only our own names are touched.</summary>
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
