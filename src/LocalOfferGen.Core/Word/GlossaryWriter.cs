namespace LocalOfferGen.Word;

/// <summary>The glossary: each term in bold, the other names it goes by, and its plain meaning.</summary>
internal static class GlossaryWriter
{
    public static void Write(WordPackage package, WritingContext context)
    {
        foreach (var entry in context.Site.Glossary)
        {
            var paragraph = Paragraphs.Plain(Paragraphs.Text(entry.Term, bold: true));
            if (entry.Aliases.Count > 0) paragraph.Append(Paragraphs.Text($" (also called {string.Join(", ", entry.Aliases)})"));
            paragraph.Append(Paragraphs.Text(": " + entry.Meaning));
            package.Body.Append(paragraph);
        }
    }
}
