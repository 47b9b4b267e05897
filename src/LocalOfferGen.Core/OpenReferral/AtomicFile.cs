using System.Text;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Writes a set of files all or not at all. First every file is written whole to a temporary name beside
/// it; then each is renamed into place, an existing file it replaces kept under a backup name until the end. If
/// anything fails, the files already moved in are taken out again and the backups put back, so a failed import
/// leaves content/ exactly as it was, and an interrupted one never leaves half a YAML file.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public sealed record Planned(string Path, string Text, bool Overwrite);

    /// <summary>True when every file was written; false (the failure reported) when none was.</summary>
    public static bool WriteAll(IReadOnlyList<Planned> files, DiagnosticBag diagnostics)
    {
        var temporaries = new List<string>();
        var done = new List<(string Path, string? Backup)>();
        var madeFolders = new List<string>();
        Planned? current = null;
        try
        {
            foreach (var file in files)
            {
                current = file;
                var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
                if (!Directory.Exists(folder)) madeFolders.Add(folder);
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(file.Path)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add(temporary);
                File.WriteAllText(temporary, file.Text, Utf8);
            }
            for (var i = 0; i < files.Count; i++)
            {
                current = files[i];
                string? backup = null;
                if (files[i].Overwrite && File.Exists(files[i].Path))
                {
                    backup = temporaries[i] + ".backup";
                    File.Move(files[i].Path, backup);
                }
                try { File.Move(temporaries[i], files[i].Path, overwrite: false); }
                catch
                {
                    if (backup is not null) File.Move(backup, files[i].Path);
                    throw;
                }
                done.Add((files[i].Path, backup));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteAll(temporaries);
            Undo(done);
            foreach (var folder in madeFolders)
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
            var reason = File.Exists(current!.Path) && !current.Overwrite ? "this file appeared while importing" : $"cannot write the file: {e.Message}";
            diagnostics.Error(DiagnosticCodes.OrukCannotWrite, SourceSpan.File(current.Path),
                $"{reason}. Nothing was written: the import writes every file or none");
            return false;
        }
        finally
        {
            DeleteAll(temporaries);
        }
        foreach (var (_, backup) in done)
            if (backup is not null) File.Delete(backup);
        return true;
    }

    private static void DeleteAll(List<string> temporaries)
    {
        foreach (var temporary in temporaries)
            if (File.Exists(temporary)) File.Delete(temporary);
    }

    /// <summary>Takes out the files moved in, newest first, and puts back the ones they replaced.</summary>
    private static void Undo(List<(string Path, string? Backup)> done)
    {
        for (var i = done.Count - 1; i >= 0; i--)
        {
            File.Delete(done[i].Path);
            if (done[i].Backup is { } backup) File.Move(backup, done[i].Path);
        }
    }
}
