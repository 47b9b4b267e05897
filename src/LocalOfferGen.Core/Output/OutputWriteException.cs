using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>The disk refused a write into the output (full, read-only, no permission, or another I/O error).
/// Not a bug of the generator: the build reports it as a plain error, removes what it had written, and leaves
/// the published output as it was.</summary>
public sealed class OutputWriteException(string path, Exception inner) : IOException(inner.Message, inner)
{
    /// <summary>The file or folder that could not be written or moved.</summary>
    public string Path { get; } = path;

    public static bool IsDiskError(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>Runs <paramref name="action"/>, turning a disk error on <paramref name="path"/> into this exception.</summary>
    public static T On<T>(string path, Func<T> action)
    {
        try { return action(); }
        catch (Exception e) when (IsDiskError(e) && e is not OutputWriteException) { throw new OutputWriteException(path, e); }
    }

    public static void On(string path, Action action) => On(path, () => { action(); return 0; });

    /// <summary>The write failure behind an exception, looking through the wrappers of parallel work and
    /// <see cref="InternalError"/>; null when the exception is something else.</summary>
    public static OutputWriteException? Within(Exception? e) => e switch
    {
        null => null,
        OutputWriteException failure => failure,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Within).FirstOrDefault(f => f is not null),
        _ => Within(e.InnerException),
    };

    /// <summary>The located, plain-words error for this failure. <paramref name="output"/> is the output folder
    /// as the user gave it, which the diagnostic points at.</summary>
    public Diagnostic ToDiagnostic(string output)
    {
        var (code, reason, fix) = Classify(InnerException!);
        var shown = System.IO.Path.IsPathRooted(Path) ? Path : $"{output.Replace('\\', '/').TrimEnd('/')}/{Path}";
        return new Diagnostic(Severity.Error, code, output, 0, 0,
            $"{reason}: could not write {shown} ({SystemReason(InnerException!)}). {fix} Nothing was published: the output was left as it was");
    }

    /// <summary>The system's words without the path it appends on Linux and macOS ("No space left on device : '/x/y'"),
    /// which names the hidden staging folder rather than the output.</summary>
    private static string SystemReason(Exception e)
    {
        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.');
    }

    private static (string Code, string Reason, string Fix) Classify(Exception e)
    {
        var number = e.HResult;
        if (OperatingSystem.IsWindows()) number &= 0xFFFF;
        // ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows; ENOSPC and EDQUOT (122 on Linux, 69 on macOS) elsewhere.
        var full = OperatingSystem.IsWindows() ? number is 39 or 112 : number == 28 || number == (OperatingSystem.IsMacOS() ? 69 : 122);
        if (e is IOException && full)
            return (DiagnosticCodes.OutputDiskFull, "the disk is full", "Free some space (or raise the quota) and build again.");
        // EROFS, or ERROR_WRITE_PROTECT on Windows; permissions arrive as UnauthorizedAccessException.
        if (e is UnauthorizedAccessException || number == (OperatingSystem.IsWindows() ? 19 : 30))
            return (DiagnosticCodes.OutputReadOnly, "the output cannot be written here (read-only or not permitted)",
                "Make the folder writable, or choose another with --output, and build again.");
        return (DiagnosticCodes.OutputWriteFailed, "the output could not be written", "Check the disk and build again.");
    }
}
