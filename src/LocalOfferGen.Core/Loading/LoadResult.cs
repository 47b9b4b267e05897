using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>The site model, when the content had no errors, and every diagnostic found on the way.</summary>
public sealed record LoadResult(Site? Site, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Site is not null;
}
