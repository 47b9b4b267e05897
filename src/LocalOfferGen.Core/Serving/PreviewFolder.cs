using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Serving;

/// <summary>The private folder one run of <c>localoffer serve</c> builds its preview into, removed when it stops.
/// It is made new for every run with <c>mkdtemp</c> semantics (<see cref="Directory.CreateTempSubdirectory"/>: an
/// unpredictable name, created only if nothing has that name, mode 0700 on Linux and macOS), so another user of the
/// machine can neither make it first nor read it, and two serves of one content folder never share one.</summary>
public sealed class PreviewFolder : IDisposable
{
    private PreviewFolder(string folder)
    {
        Folder = folder;
        Site = Path.Combine(folder, "site");
    }

    /// <summary>The private folder itself.</summary>
    public string Folder { get; }

    /// <summary>Where the preview site is built, inside <see cref="Folder"/>.</summary>
    public string Site { get; }

    /// <summary>A new private folder in the system's temporary folder, or null when it turns out not to be
    /// private (reported).</summary>
    public static PreviewFolder? Create(DiagnosticBag diagnostics)
    {
        var created = Directory.CreateTempSubdirectory("localoffer-serve-");
        if (Problem(created) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.PreviewFolderNotPrivate, SourceSpan.File(created.FullName),
                $"the preview folder is not private ({problem}), so serve will not use it; check the temporary folder ({Path.GetTempPath()})");
            return null;
        }
        return new PreviewFolder(created.FullName);
    }

    /// <summary>Why the folder is not private, or null. A link could lead anywhere; on Linux and macOS its mode must
    /// be 0700, and setting the mode is something only its owner can do, which checks that it is ours.</summary>
    private static string? Problem(DirectoryInfo folder)
    {
        folder.Refresh();
        if (!folder.Exists) return "it does not exist";
        if (folder.LinkTarget is not null) return "it is a symbolic link";
        if (OperatingSystem.IsWindows()) return null;
        const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (folder.UnixFileMode != Private) return $"its mode is {Convert.ToString((int)folder.UnixFileMode, 8)}, not 700";
        try { File.SetUnixFileMode(folder.FullName, Private); }
        catch (UnauthorizedAccessException) { return "it belongs to another user"; }
        return null;
    }

    /// <summary>Removes the folder and the preview in it.</summary>
    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
