using LocalOfferGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4002: a paragraph that does not begin with a picture. On an easy-read page every paragraph
/// is a row: a picture on the left that shows what the text on the right says.</summary>
internal sealed class RowWithoutPictureRule : IEasyReadRule
{
    public void Check(LintedPage page)
    {
        foreach (var row in page.Rows)
        {
            if (BeginsWithPicture(row)) continue;
            page.Warn(DiagnosticCodes.EasyReadRowWithoutPicture, page.SpanOf(row),
                "this row has no picture: start the paragraph with one, like ![A parent talking to a teacher](../images/easy-read/talk.png)");
        }
    }

    /// <summary>True when the first thing in the paragraph is an image, or a link around an image.</summary>
    private static bool BeginsWithPicture(ParagraphBlock row)
    {
        var first = row.Inline?.FirstChild;
        if (first is LinkInline { IsImage: false } link) first = link.FirstChild;
        return first is LinkInline { IsImage: true };
    }
}
