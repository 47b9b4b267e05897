using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>Builds happen in a sibling staging folder that replaces the output folder only when the
/// whole build succeeded, so a reader never sees a half-written site and a failed, cancelled or killed
/// build leaves the previous output exactly as it was. An <see cref="OutputLock"/> stops two builds sharing one output.
/// <para>The commit keeps a complete site at the output's name at every instant: on Linux and macOS it swaps the
/// staging folder and the output in one atomic step (<see cref="DirectoryExchange"/>). Where that cannot be done
/// (Windows, or a file system without the call) it renames twice, output to <c>.NAME.previous</c> then staging
/// to output, with a <c>.NAME.swapping</c> marker between: a build killed in that instant leaves no output
/// folder, and the next build (or <see cref="Begin"/>) moves the previous one back first.</para>
/// <para>The output a build replaces is kept as <c>.NAME.previous</c> and becomes the next build's staging folder:
/// writing over it leaves unchanged files alone and makes no new folders, which on a large site is most of the file
/// system's work (and keeps deploys that compare files small).</para></summary>
public sealed class OutputSwap : IDisposable
{
    private readonly OutputLock _lock;
    private readonly string _output;
    private readonly bool _reused;
    private bool _committed;
    private bool _discard;

    private OutputSwap(string output, OutputLock outputLock, string staging, bool reused)
    {
        _output = output;
        _lock = outputLock;
        Staging = staging;
        _reused = reused;
    }

    public string Staging { get; }

    /// <summary>For tests: false makes the commit use the two renames, as on Windows.</summary>
    internal bool UseExchange { get; set; } = true;

    /// <summary>For tests: called after each step of the commit, to look at the disk as a kill there would leave it.</summary>
    internal Action<string>? AfterStep { get; set; }

    /// <summary>Takes the lock and prepares the staging folder (the output before last, or a new empty folder);
    /// null (reported) when another build holds the lock. The output must have passed <see cref="OutputGuard"/>.
    /// A disk that refuses throws <see cref="OutputWriteException"/>, having changed nothing.</summary>
    public static OutputSwap? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)
            ?? throw new ArgumentException("the output cannot be the root of the file system", nameof(outputDirectory));
        var name = Path.GetFileName(output);
        OutputWriteException.On(parent, () => Directory.CreateDirectory(parent));
        if (OutputLock.Take(Path.Combine(parent, $".{name}.lock"), outputDirectory, diagnostics) is not { } taken) return null;
        try
        {
            RestoreInterruptedSwap(output, parent, name);
            RemoveStaleFolders(parent, name);
            var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
            var reused = Reuse(PreviousOf(parent, name), staging);
            if (!reused) OutputWriteException.On(staging, () => Directory.CreateDirectory(staging));
            // Marked from the start, so even a staging folder a kill leaves behind is recognisably the generator's.
            OutputWriteException.On(Path.Combine(staging, OutputMarker.FileName), () => OutputMarker.WriteIn(staging));
            return new OutputSwap(output, taken, staging, reused);
        }
        catch
        {
            taken.Dispose();
            throw;
        }
    }

    /// <summary>Moves the output before last into place as the staging folder, if there is one and it can be
    /// written (a read-only one is removed instead, so it never blocks later builds).</summary>
    private static bool Reuse(string previous, string staging)
    {
        if (!Directory.Exists(previous)) return false;
        try
        {
            Directory.Move(previous, staging);
            OutputMarker.WriteIn(staging);
            return true;
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e))
        {
            ForceDelete(Directory.Exists(staging) ? staging : previous);
            return false;
        }
    }

    /// <summary>Call when writing failed: the staging folder is removed on dispose rather than kept for the next build.</summary>
    public void Discard() => _discard = true;

    /// <summary>Removes what the build did not write from the staging folder (files of the build it was made
    /// from) and puts it in place of the output folder, which is kept for the next build.</summary>
    public void Commit(OutputFolder written)
    {
        written.RemoveUnwritten();
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        var previous = PreviousOf(parent, name);
        if (!Directory.Exists(_output))
        {
            OutputWriteException.On(_output, () => Directory.Move(Staging, _output));
            _committed = true;
            AfterStep?.Invoke("moved in");
            return;
        }
        if (UseExchange && OutputWriteException.On(_output, () => DirectoryExchange.TrySwap(Staging, _output)))
        {
            // The new site is in place; the staging name now holds the old one, kept for the next build.
            _committed = true;
            AfterStep?.Invoke("exchanged");
            if (Directory.Exists(previous)) ForceDelete(previous);
            TryMove(Staging, previous);
            AfterStep?.Invoke("kept as previous");
            return;
        }
        // The marker says "between the two moves": if the build is killed there, the next one moves the
        // previous output back (see RestoreInterruptedSwap).
        var marker = SwappingMarkerOf(parent, name);
        OutputWriteException.On(marker, () => File.WriteAllBytes(marker, []));
        if (Directory.Exists(previous)) ForceDelete(previous);
        OutputWriteException.On(_output, () => Directory.Move(_output, previous));
        AfterStep?.Invoke("moved aside");
        try
        {
            OutputWriteException.On(_output, () => Directory.Move(Staging, _output));
        }
        catch
        {
            TryMove(previous, _output);
            throw;
        }
        _committed = true;
        AfterStep?.Invoke("moved in");
        File.Delete(marker);
    }

    public void Dispose()
    {
        // A build that did not finish gives back the output before last it was writing over (its files are all
        // the generator's, so it is still a fine start for the next build); a new staging folder, or one that
        // failed to be written, is removed.
        if (Directory.Exists(Staging))
        {
            var previous = PreviousOf(Path.GetDirectoryName(_output)!, Path.GetFileName(_output));
            if (_committed || _discard || !_reused || Directory.Exists(previous) || !TryMove(Staging, previous))
                ForceDelete(Staging);
        }
        _lock.Dispose();
    }

    private static string PreviousOf(string parent, string name) => Path.Combine(parent, $".{name}.previous");

    private static string SwappingMarkerOf(string parent, string name) => Path.Combine(parent, $".{name}.swapping");

    /// <summary>A build killed between the two moves of the two-rename commit leaves no output folder, only the
    /// previous one: put it back before anything else, so even that leaves the previous output in place.</summary>
    private static void RestoreInterruptedSwap(string output, string parent, string name)
    {
        var marker = SwappingMarkerOf(parent, name);
        if (!File.Exists(marker)) return;
        var previous = PreviousOf(parent, name);
        if (!Directory.Exists(output) && Directory.Exists(previous))
            OutputWriteException.On(output, () => Directory.Move(previous, output));
        OutputWriteException.On(marker, () => File.Delete(marker));
    }

    /// <summary>Staging folders left by a build that was killed; only the generator's own names are touched.</summary>
    private static void RemoveStaleFolders(string parent, string name)
    {
        foreach (var directory in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(directory)[(name.Length + 2)..];
            if (suffix.StartsWith("staging-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal))
                ForceDelete(directory);
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e)) { return false; }
    }

    /// <summary>Deletes one of the generator's own folders, even when a user or a deploy tool made parts of it
    /// read-only; a folder that still cannot be deleted is left (the next build tries again).</summary>
    internal static void ForceDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
            return;
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e)) { }
        try
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(directory)))
            {
                if (entry.LinkTarget is not null) continue;
                if (OperatingSystem.IsWindows()) entry.Attributes &= ~FileAttributes.ReadOnly;
                else if (entry is DirectoryInfo) entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e)) { }
    }
}
