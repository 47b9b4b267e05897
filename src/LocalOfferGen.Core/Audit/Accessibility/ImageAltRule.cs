using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>Every picture needs alt text that says what it shows: not nothing, not its file name, not "image".</summary>
public static partial class ImageAltRule
{
    private static readonly HashSet<string> Meaningless = new(StringComparer.OrdinalIgnoreCase)
    {
        "image", "picture", "photo", "photograph", "graphic", "img", "pic", "icon", "screenshot", "alt", "alt text", "placeholder",
    };

    public static void Check(AuditDocument document, AuditFindings findings)
    {
        foreach (var image in MarkdownWalker.All<LinkInline>(document.Text.Document).Where(l => l.IsImage))
        {
            var alt = MarkdownWalker.PlainText(image).Trim();
            var file = Path.GetFileName(image.Url ?? "");
            if (alt.Length == 0)
                findings.Warning(DiagnosticCodes.ImageWithoutAlt, document.At(image),
                    $"the picture {file} has no alt text: write what it shows between the brackets, ![like this]({image.Url}), so people who cannot see it get the same information");
            else if (IsMeaningless(alt, file))
                findings.Warning(DiagnosticCodes.MeaninglessAlt, document.At(image),
                    $"the alt text \"{alt}\" of {file} does not say what the picture shows: describe it in a few words");
        }
    }

    public static bool IsMeaningless(string alt, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return Meaningless.Contains(alt.TrimEnd('.'))
            || FileName().IsMatch(alt)
            || CameraName().IsMatch(alt)
            || (alt.Equals(stem, StringComparison.OrdinalIgnoreCase) && stem.Any(c => c is '-' or '_' || char.IsDigit(c)));
    }

    [GeneratedRegex(@"^[\w\-. ]+\.(png|jpe?g|gif|svg|webp|bmp|tiff?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(img|dsc|dscn|image|photo|pic|screenshot)[-_ ]?\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex CameraName();
}
