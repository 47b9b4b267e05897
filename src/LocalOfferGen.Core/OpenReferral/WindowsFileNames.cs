namespace LocalOfferGen.OpenReferral;

/// <summary>Names Windows keeps for devices: a file called <c>con.yml</c> or <c>nul.yml</c> (whatever its ending
/// or case) cannot be made or checked out there, so a repository holding one breaks for Windows editors.</summary>
public static class WindowsFileNames
{
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "conin$", "conout$",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>True when <paramref name="name"/> (a file name without its ending) is a device name.</summary>
    public static bool IsReserved(string name) => Devices.Contains(name.Split('.')[0].TrimEnd(' '));
}
