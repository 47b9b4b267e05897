using System.Globalization;

namespace LocalOfferGen.Benchmarks;

/// <summary>A run of another program (Hugo, or the localoffer command). CPU time and peak memory come from
/// GNU time (<c>/usr/bin/time</c>) when it is installed; otherwise only the wall time is known.</summary>
public sealed record ExternalRun(string Name, TimeSpan Wall, TimeSpan? Cpu, long? PeakBytes)
{
    private const string GnuTime = "/usr/bin/time";
    private const string Marker = "EXTERNALRUN";

    public string CpuText => Cpu is { } cpu ? $"{cpu.TotalSeconds,6:0.000} s" : "?";

    public static ExternalRun Time(string name, string program, IReadOnlyList<string> arguments)
    {
        var timed = File.Exists(GnuTime);
        var (wall, stdout, stderr, exit) = timed
            ? Processes.Run(GnuTime, ["-f", $"{Marker} %U %S %M", program, .. arguments])
            : Processes.Run(program, arguments);
        if (exit != 0) throw new InvalidOperationException($"{name} failed (exit {exit}):\n{stderr}{stdout}");
        var line = stderr.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (line is null) return new ExternalRun(name, wall, null, null);
        var f = line.Split(' ');
        var cpu = double.Parse(f[1], CultureInfo.InvariantCulture) + double.Parse(f[2], CultureInfo.InvariantCulture);
        return new ExternalRun(name, wall, TimeSpan.FromSeconds(cpu), long.Parse(f[3], CultureInfo.InvariantCulture) * 1024);
    }
}
