namespace LocalOfferGen.Model;

/// <summary>A hard word and its plain meaning. <see cref="Id"/> is its anchor on /glossary/.</summary>
public sealed record GlossaryEntry(string Id, string Term, IReadOnlyList<string> Aliases, string Meaning)
{
    /// <summary>The term first, then its aliases: every way a page may write it.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Term);
}
