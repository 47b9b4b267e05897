using LocalOfferGen.Model;

namespace LocalOfferGen.Comparing;

/// <summary>One side of a comparison: a commit, its site model and the folder its output was built into.</summary>
public sealed record BuiltCommit(string Name, string Commit, Site Site, string OutputRoot);
