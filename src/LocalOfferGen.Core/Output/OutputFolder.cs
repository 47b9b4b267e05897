using System.Buffers;
using System.Collections.Concurrent;
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
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Every file written, with its size in bytes.</summary>
    public IReadOnlyDictionary<string, long> Written => _written;

    public void WriteText(string path, string text)
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

    public void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(path);
        MakeFolderFor(full);
        using (var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length))
            RandomAccess.Write(handle, bytes, 0);
        _written[Normalise(path)] = bytes.Length;
    }

    public void CopyFile(string sourceFile, string path)
    {
        var full = FullPath(path);
        MakeFolderFor(full);
        File.Copy(sourceFile, full, overwrite: true);
        _written[Normalise(path)] = new FileInfo(full).Length;
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
        Directory.CreateDirectory(folder);
        _folders[folder] = true;
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('/');
}
