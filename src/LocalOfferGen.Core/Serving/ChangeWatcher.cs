namespace LocalOfferGen.Serving;

/// <summary>Watches folders (the content and the theme) and reports the changed files in batches: editors save a
/// file in several steps, so a batch is reported once the folders have been quiet for <see cref="Quiet"/>.
/// Hidden files and editors' backup and swap files are ignored.</summary>
public sealed class ChangeWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly Action<IReadOnlyCollection<string>> _changed;

    public ChangeWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _changed = changed;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            // A folder's own "changed" event only echoes a change to a file inside it, which is reported itself.
            watcher.Changed += (_, e) => { if (!Directory.Exists(e.FullPath)) Note(e.FullPath); };
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            watcher.Error += (_, _) => Note(folder);   // events were lost: treat it as a change to everything
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }

    /// <summary>Editors' temporary files, which never hold content.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    private void Note(string path)
    {
        if (IsIgnored(path)) return;
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> batch;
        lock (_lock)
        {
            if (_pending.Count == 0) return;
            batch = _pending.ToList();
            _pending.Clear();
        }
        _changed(batch);
    }
}
