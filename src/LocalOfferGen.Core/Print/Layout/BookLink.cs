using System.Globalization;

namespace LocalOfferGen.Print.Layout;

/// <summary>A run's link to a page of the same document ("see page 12" in a book), written as <c>#page=12</c> so it
/// travels through the layout like any other link and the painter makes it a link within the PDF.</summary>
public static class BookLink
{
    private const string Prefix = "#page=";

    public static string ToPage(int page) => Prefix + page.ToString(CultureInfo.InvariantCulture);

    public static int? PageOf(string link) =>
        link.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(link.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? page : null;
}
