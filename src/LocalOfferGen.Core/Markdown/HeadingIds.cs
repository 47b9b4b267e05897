using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Markdown;

/// <summary>Settles the anchors of one document's headings after parsing: a heading's own <c>{#id}</c> is kept
/// when it is a safe id, every other attribute in its braces is removed with a warning (so nothing written there
/// reaches a page: no script, no style, no data), two headings may not ask for the same id, and an automatic id
/// that meets an id written on the page, or one the theme uses, is numbered (<c>advice-1</c>). Every format and
/// the audit's anchor check read the ids this leaves on the headings.</summary>
public static partial class HeadingIds
{
    /// <summary>Classes a heading may carry. Pandoc's <c>.unnumbered</c> (<c>{-}</c>) is accepted and has nothing to
    /// do, since no format numbers headings; any other class is removed: the theme decides how headings look, and a
    /// class could reach the theme's scripts.</summary>
    public static readonly IReadOnlySet<string> AllowedClasses = new HashSet<string>(StringComparer.Ordinal) { "unnumbered" };

    /// <summary>Ids the default theme gives parts of every page (the main region, the search box, easy read's
    /// "Words to know"): a heading with one of them would make the page's skip link or search box jump to it.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "home-search", "search-input", "search-hint", "result-count", "words-to-know",
    };

    public const int MaxLength = 80;

    /// <summary>An id a heading may have: ASCII letters, digits, hyphens and underscores, starting with a letter or a
    /// digit, at most <see cref="MaxLength"/> long, and not one the theme uses.</summary>
    public static bool IsUsable(string id) => SafeId().IsMatch(id) && id.Length <= MaxLength && !ReservedIds.Contains(id);

    public static void Settle(MarkdownDocument document, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var headings = MarkdownWalker.All<HeadingBlock>(document).ToList();
        var taken = new HashSet<string>(ReservedIds, StringComparer.Ordinal);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (HeadingAttributeText.Of(heading) is not { } request) continue;
            var at = new SourceSpan(path, request.Line + 1 + lineOffset, request.Column + 1);
            Report(heading, request, at, written, diagnostics);
            if (request.Id is { } id && IsUsable(id)) taken.Add(id);
        }
        // Automatic ids come second: an id the editor wrote keeps its name, and the automatic one that meets it moves.
        foreach (var heading in headings)
        {
            if (HeadingAttributeText.Of(heading)?.Id is { } own && IsUsable(own)) continue;
            var attributes = heading.GetAttributes();
            var id = attributes.Id is { Length: > 0 } auto ? auto : Automatic(heading);
            if (!taken.Add(id))
            {
                var n = 1;
                while (!taken.Add($"{id}-{n}")) n++;
                id = $"{id}-{n}";
            }
            attributes.Id = id;
        }
    }

    private static void Report(HeadingBlock heading, HeadingAttributeRequest request, SourceSpan at, Dictionary<string, int> written,
        DiagnosticBag diagnostics)
    {
        var attributes = heading.GetAttributes();
        if (request.Id is { } id)
        {
            if (!IsUsable(id))
            {
                attributes.Id = null;
                diagnostics.Warning(DiagnosticCodes.HeadingIdInvalid, at, WhyNot(id, heading));
            }
            else if (written.TryGetValue(id, out var firstLine))
            {
                diagnostics.Error(DiagnosticCodes.HeadingIdDuplicate, at,
                    $"the heading id '#{id}' is already used by the heading on line {firstLine}: a link can lead to only one of them; give each heading its own id");
            }
            else written[id] = at.Line;
        }
        foreach (var name in request.Classes.Where(c => !AllowedClasses.Contains(c)))
            diagnostics.Warning(DiagnosticCodes.HeadingAttributeRemoved, at,
                $"the class '.{name}' after this heading was removed: the theme sets how headings look; only {{#id}} is kept");
        foreach (var (name, value) in request.Others)
            diagnostics.Warning(DiagnosticCodes.HeadingAttributeRemoved, at, RemovedAttribute(name, value));
        // Only the id stays: an accepted class does nothing, and nothing else may reach the page.
        attributes.Classes = null;
        attributes.Properties = null;
    }

    private static string WhyNot(string id, HeadingBlock heading)
    {
        var suggestion = Loading.Slug.From(id);
        var example = suggestion.Length == 0 || ReservedIds.Contains(suggestion) ? "{#getting-advice}" : $"{{#{suggestion}}}";
        return ReservedIds.Contains(id)
            ? $"the heading id '#{id}' is not used: the theme already gives that id to a part of every page; choose another, such as {{#{id}-section}}"
            : $"the heading id '#{Shorten(id)}' is not used: an id is up to {MaxLength} letters (a to z), digits, hyphens and underscores, " +
              $"starting with a letter or digit, such as {example}; until then the heading's anchor is made from its words";
    }

    private static string RemovedAttribute(string name, string? value)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("on", StringComparison.Ordinal))
            return $"the attribute '{name}' after this heading was removed: pages cannot run scripts; only {{#id}} is kept";
        if (lower == "style")
            return "the attribute 'style' after this heading was removed: the theme sets how headings look; only {#id} is kept";
        if (lower == "id" && value is not null)
            return $"the attribute 'id={value}' after this heading was removed: write the id as {{#{value}}}";
        return $"the attribute '{name}' after this heading was removed: only {{#id}} is kept";
    }

    /// <summary>The id Markdig's automatic identifiers would give the heading (GitHub's rule).</summary>
    private static string Automatic(HeadingBlock heading)
    {
        var id = LinkHelper.UrilizeAsGfm(MarkdownWalker.PlainText(heading));
        return id.Length == 0 ? "section" : id;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex SafeId();
}
