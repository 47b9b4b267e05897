using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4008: a semicolon. It joins 2 sentences into one long one.</summary>
internal sealed class SemicolonRule : IEasyReadRule
{
    public void Check(LintedPage page)
    {
        foreach (var block in page.TextBlocks)
        for (var i = block.Text.IndexOf(';'); i >= 0; i = block.Text.IndexOf(';', i + 1))
            page.Warn(DiagnosticCodes.EasyReadSemicolon, block.SpanAt(i),
                "a semicolon joins 2 sentences into a long one: end the first sentence with a full stop instead");
    }
}
