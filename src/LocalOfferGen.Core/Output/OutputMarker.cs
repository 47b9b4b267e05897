namespace LocalOfferGen.Output;

/// <summary>The file every build writes at the top of its output folder. It says the folder is the generator's:
/// a build replaces only a folder that has it (or an empty one), so an <c>--output</c> pointed at a folder of
/// the user's own is refused instead of being replaced. Never listed among the files a build wrote.</summary>
public static class OutputMarker
{
    public const string FileName = ".localoffer-output";

    public const string Text =
        "This folder is written by LocalOfferGen (localoffer build). Each build replaces everything in it,\n" +
        "so keep nothing of your own here. A build only ever replaces a folder that has this file.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static void WriteIn(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);
}
