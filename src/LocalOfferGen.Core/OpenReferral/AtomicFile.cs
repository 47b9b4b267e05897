using System.Text;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Writes a file whole or not at all: a temporary file in the same folder, then a rename,
/// so an interrupted import never leaves half a YAML file in content/.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>False (reported) when the file appeared meanwhile and may not be replaced, or cannot be written.</summary>
    public static bool Write(string path, string text, bool overwrite, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            diagnostics.Warning(DiagnosticCodes.OrukFileExists, SourceSpan.File(path), "this file appeared while importing; it was left as it is");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OrukCannotWrite, SourceSpan.File(path), $"cannot write the file: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return false;
    }
}
