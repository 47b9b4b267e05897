using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>The lock that lets one build at a time write an output folder: <c>.NAME.lock</c> beside it, held open
/// with <see cref="FileShare.None"/> for the whole build (an OS lock: <c>flock</c> on Linux and macOS, a sharing
/// lock on Windows), so it is released even when the build is killed. The file is never deleted: deleting it on
/// release would let one build lock the old file while another creates and locks a new one.</summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    /// <summary>The lock, or null (reported as LO0901) when another build holds it. A lock file that cannot be
    /// created (a read-only folder, a full disk) throws <see cref="OutputWriteException"/>.</summary>
    public static OutputLock? Take(string lockFile, string output, DiagnosticBag diagnostics)
    {
        try
        {
            return new OutputLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (HeldByAnother(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceSpan.File(output),
                "another build is writing to this output folder; wait for it to finish and try again");
            return null;
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e))
        {
            throw new OutputWriteException(lockFile, e);
        }
    }

    /// <summary>The error of a lock held elsewhere: EWOULDBLOCK from flock (11 on Linux, 35 on macOS), or a
    /// sharing or lock violation on Windows.</summary>
    private static bool HeldByAnother(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult == (OperatingSystem.IsMacOS() ? 35 : 11);

    public void Dispose() => _stream.Dispose();
}
