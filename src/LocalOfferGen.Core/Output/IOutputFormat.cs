using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Output;

/// <summary>One output format (web, easy-read, word, print, oruk). A format reads only the site model
/// and writes only through <see cref="OutputFolder"/>; it never reads another format's files.</summary>
public interface IOutputFormat
{
    /// <summary>The name used with <c>--formats</c>.</summary>
    string Name { get; }

    void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics);
}
