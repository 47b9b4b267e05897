using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace LocalOfferGen.Markdown;

/// <summary>The one Markdig pipeline of the content contract: CommonMark plus tables, footnotes, heading
/// identifiers (automatic, or written <c>{#id}</c> after the heading), definition lists and task lists; phone numbers and postcodes kept on one line. Built
/// once; Markdig pipelines are safe to share across threads.</summary>
public static class MarkdownPipelines
{
    public static MarkdownPipeline Content { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseDefinitionLists()
        .Use<KeepTogetherExtension>()
        // Last, as Markdig asks of attribute parsers: it reads the braces other extensions leave on a heading's line.
        .Use<HeadingAttributesExtension>()
        .UsePreciseSourceLocation()
        .Build();
}
