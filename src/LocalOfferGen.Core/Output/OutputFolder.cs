using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace LocalOfferGen.Output;

/// <summary>The folder a build writes into (a staging folder, swapped in at the end). Paths are site
/// paths such as <c>education/index.html</c>; a path that would leave the folder is refused.
/// Thread-safe, so formats may write pages in parallel.</summary>
public sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, long> _written = new(StringComparer.Ordinal);
    /// <summary>Folders already made, so writing thousands of pages does not ask the file system for each one.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public OutputFolder(string root)
    {
        Root = Path.GetFullPath(root);
        OutputWriteException.On(Root, () => Directory.CreateDirectory(Root));
        _startedWithFiles = Directory.EnumerateFileSystemEntries(Root).Any(e => Path.GetFileName(e) != OutputMarker.FileName);
    }

    /// <summary>True when the folder holds an earlier build (see <see cref="OutputSwap"/>): files are then compared
    /// before writing, and what this build does not write is removed at the end.</summary>
    private readonly bool _startedWithFiles;

    public string Root { get; }

    /// <summary>Every file written, with its size in bytes.</summary>
    public IReadOnlyDictionary<string, long> Written => _written;

    /// <summary>The SHA-256 of a file this build wrote, worked out as it was written (so nothing reads it back).</summary>
    public byte[] HashOf(string path) => _hashes[Normalise(path)];

    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);

    public void WriteText(string path, string text) => WriteText(path, text.AsSpan());

    public void WriteText(string path, ReadOnlySpan<char> text)
    {
        // Encoded into a pooled buffer: a large site writes thousands of pages, each tens of kilobytes.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            WriteBytes(path, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes one file. A disk that refuses (full, read-only) throws <see cref="OutputWriteException"/>.</summary>
    public void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(path);
        try
        {
            MakeFolderFor(full);
            // A file the earlier build wrote with the same bytes is left alone: no write, and its date stays.
            if (!_startedWithFiles || !SameBytes(full, bytes))
            {
                if (_startedWithFiles && Directory.Exists(full)) Directory.Delete(full, recursive: true);
                using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write);
                RandomAccess.Write(handle, bytes, 0);
            }
        }
        catch (Exception e) when (OutputWriteException.IsDiskError(e))
        {
            throw new OutputWriteException(path, e);
        }
        var key = Normalise(path);
        _hashes[key] = SHA256.HashData(bytes);
        _written[key] = bytes.Length;
    }

    public void CopyFile(string sourceFile, string path) => WriteBytes(path, File.ReadAllBytes(sourceFile));

    /// <summary>Deletes every file and folder this build did not write: in a folder that held an earlier build,
    /// pages that have since been removed would otherwise be published again.</summary>
    /// <summary>The <see cref="OutputMarker"/> at the top stays: it is what makes the folder the generator's.</summary>
    public void RemoveUnwritten()
    {
        if (!_startedWithFiles) return;
        OutputWriteException.On(Root, () =>
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/');
                if (!_written.ContainsKey(path) && path != OutputMarker.FileName) File.Delete(file);
            }
            // Deepest first, so a folder's empty sub-folders are gone before it is looked at.
            foreach (var folder in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                    Directory.Delete(folder);
        });
    }

    /// <summary>True when the file exists and holds exactly these bytes.</summary>
    private static bool SameBytes(string fullPath, ReadOnlySpan<byte> bytes)
    {
        if (OpenForReading(fullPath) is not { } handle) return false;
        using (handle)
        {
            if (RandomAccess.GetLength(handle) != bytes.Length) return false;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
            try
            {
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                    if (n == 0) return false;
                    read += n;
                }
                return bytes.SequenceEqual(buffer.AsSpan(0, bytes.Length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenForReading(string fullPath)
    {
        try { return File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The full path for a site path, refusing any that climb out of the folder.</summary>
    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, Normalise(path).Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {path}");
        return full;
    }

    private void MakeFolderFor(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (_folders.ContainsKey(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException) when (_startedWithFiles)
        {
            // An earlier build wrote a file where this one needs a folder.
            for (var above = folder; above.Length > Root.Length; above = Path.GetDirectoryName(above)!)
                if (File.Exists(above)) File.Delete(above);
            Directory.CreateDirectory(folder);
        }
        _folders[folder] = true;
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('/');
}
