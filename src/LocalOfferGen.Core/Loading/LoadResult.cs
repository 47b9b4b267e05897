using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>The site model, when the content had no errors, and every diagnostic found on the way.</summary>
public sealed record LoadResult(Site? Site, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Site is not null;

    /// <summary>The diagnostics of reading each page, easy-read page, service, news post, feedback and leaflet file
    /// on its own (its links included), by content path (<c>pages/x.md</c>); every file read has an entry. Checks
    /// across files (addresses used twice, an easy-read page without its standard page) are only in
    /// <see cref="Diagnostics"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> FileDiagnostics { get; init; } =
        new Dictionary<string, IReadOnlyList<Diagnostic>>();

    /// <summary>The addresses and pictures links were checked against, so a file read again is checked the same way.</summary>
    internal LinkTargets? LinkTargets { get; init; }
}
