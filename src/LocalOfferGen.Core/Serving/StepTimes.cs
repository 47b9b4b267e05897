using System.Diagnostics;

namespace LocalOfferGen.Serving;

/// <summary>The time of each step of a rebuild, so serve's speed can be read step by step (see the --serve benchmark).</summary>
internal sealed class StepTimes
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Step, TimeSpan Time)> _times = [];
    private TimeSpan _last;

    public IReadOnlyList<(string Step, TimeSpan Time)> Times => _times;

    /// <summary>Records a step that ended now and began when the previous one ended.</summary>
    public void Done(string step)
    {
        var now = _clock.Elapsed;
        _times.Add((step, now - _last));
        _last = now;
    }
}
