namespace LocalOfferGen.Building;

/// <summary>Progress reported while a build runs, for the command line's progress display.</summary>
public sealed record BuildStep(string Name, int Index, int Count);
