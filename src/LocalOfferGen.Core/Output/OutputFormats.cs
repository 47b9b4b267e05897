using LocalOfferGen.EasyRead;
using LocalOfferGen.OpenReferral;
using LocalOfferGen.Print;
using LocalOfferGen.Web;

namespace LocalOfferGen.Output;

/// <summary>Every output format, in the order a build writes them.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<IOutputFormat> All { get; } =
    [
        // Word comes before the website, which links each page to its document and shows its size.
        new Word.WordFormat(),
        new WebFormat(),
        new EasyReadFormat(),
        new OrukFormat(),
        new PrintFormat(),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);
}
