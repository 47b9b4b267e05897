using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Loading;

/// <summary>Turns each <c>```video</c> block of a document into a <see cref="VideoBlock"/>. The block holds YAML:
/// <c>url</c> (YouTube or Vimeo), <c>title</c>, and a transcript, either <c>transcript</c> (Markdown) or
/// <c>transcript_file</c> (a Markdown file under content/); optionally <c>captions</c> (yes/no) and <c>image</c>
/// (a still picture under content/images). A video without a transcript is an error: families who cannot
/// watch or hear it must still get everything it says.</summary>
internal static class VideoReader
{
    public const string FenceInfo = "video";
    private static readonly string[] Keys = ["url", "title", "transcript", "transcript_file", "captions", "image"];
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg"];

    /// <param name="allowVideos">False inside a transcript: a transcript is words, not another video.</param>
    public static void Replace(LoadContext context, MarkdownDocument document, string contentRelative, int lineOffset, string ownUrl, bool allowVideos)
    {
        var display = context.Display(contentRelative);
        foreach (var fence in MarkdownWalker.All<FencedCodeBlock>(document).Where(f => f.Info?.Trim() == FenceInfo).ToList())
        {
            var at = new SourceSpan(display, fence.Line + 1 + lineOffset, fence.Column + 1);
            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            if (!allowVideos)
            {
                context.Diagnostics.Error(DiagnosticCodes.VideoInvalid, at, "a transcript cannot hold another video; write what the video says as text");
                continue;
            }
            if (Read(context, fence, contentRelative, display, lineOffset, ownUrl, at) is { } video)
            {
                video.Line = fence.Line;
                video.Column = fence.Column;
                video.Span = fence.Span;
                parent.Insert(index, video);
            }
        }
    }

    private static VideoBlock? Read(LoadContext context, FencedCodeBlock fence, string contentRelative, string display, int lineOffset, string ownUrl, SourceSpan at)
    {
        var diagnostics = context.Diagnostics;
        var yaml = fence.Lines.ToString();
        if (string.IsNullOrWhiteSpace(yaml))
        {
            diagnostics.Error(DiagnosticCodes.VideoInvalid, at, "this video block is empty: give it url, title and transcript (see docs/families.md)");
            return null;
        }
        // The fence's first content line is the line after the opening ```video.
        var yamlOffset = lineOffset + fence.Line + 1;
        if (YamlDocumentReader.Read(yaml, display, yamlOffset, diagnostics) is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.VideoInvalid, at, "a video block holds key: value lines (url, title, transcript); see docs/families.md");
            return null;
        }
        var fields = context.Fields(mapping, Keys);
        var url = fields.Text("url", required: true);
        var title = fields.Text("title", required: true);
        var captions = fields.Bool("captions") ?? false;
        VideoLink? link = null;
        if (url is not null && (link = VideoLink.Parse(url)) is null)
            diagnostics.Error(DiagnosticCodes.VideoHostUnsupported, fields.SpanOf("url"),
                $"'{url}' is not a YouTube or Vimeo video address (https://www.youtube.com/watch?v=..., https://youtu.be/..., https://vimeo.com/...): only these can be shown without tracking readers");
        var image = ReadImage(context, fields);
        var transcript = ReadTranscript(context, fields, contentRelative, ownUrl, at);
        if (link is null || title is null || transcript is null) return null;
        return new VideoBlock(link, title, transcript, captions, image);
    }

    private static MarkdownText? ReadTranscript(LoadContext context, YamlFields fields, string contentRelative, string ownUrl, SourceSpan at)
    {
        var inline = fields.Has("transcript");
        var file = fields.Text("transcript_file");
        if (inline && file is not null)
        {
            context.Diagnostics.Error(DiagnosticCodes.VideoInvalid, fields.SpanOf("transcript_file"),
                "give the transcript once: either 'transcript' (the words here) or 'transcript_file' (a file), not both");
            return null;
        }
        if (inline)
        {
            var text = fields.Text("transcript")!;
            if (!string.IsNullOrWhiteSpace(text))
                return context.ParseMarkdown(text, contentRelative, Math.Max(fields.SpanOf("transcript").Line - 1, 0), ownUrl, allowVideos: false);
        }
        else if (file is not null)
        {
            var relative = file.Trim().TrimStart('/').Replace('\\', '/');
            if (!context.FileExists(relative))
            {
                context.Diagnostics.Error(DiagnosticCodes.VideoTranscriptFileMissing, fields.SpanOf("transcript_file"),
                    $"the transcript file '{file}' does not exist (looked for content/{relative}); the path starts from the content folder, like transcripts/my-video.md");
                return null;
            }
            // Read by its real path: a file (or folder on the way) that is a symbolic link leading out of the content
            // folder is an error at this key, and nothing behind it is read.
            var text = context.ReadText(relative, fields.SpanOf("transcript_file"));
            return text is null ? null : context.ParseMarkdown(text, relative, 0, ownUrl, allowVideos: false);
        }
        context.Diagnostics.Error(DiagnosticCodes.VideoWithoutTranscript, at,
            "this video has no transcript: add 'transcript:' with everything the video says and shows, or 'transcript_file:' naming a Markdown file under content/");
        return null;
    }

    private static string? ReadImage(LoadContext context, YamlFields fields)
    {
        if (fields.Text("image") is not { } image) return null;
        var relative = image.Trim().TrimStart('/').Replace('\\', '/');
        var full = Path.GetFullPath(context.FullPath(relative));
        var images = Path.GetFullPath(context.FullPath("images")) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(images, StringComparison.Ordinal) || !ImageExtensions.Contains(Path.GetExtension(full).ToLowerInvariant())
            || context.Files.CheckedFile(relative, context.Diagnostics, fields.SpanOf("image")) is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingImage, fields.SpanOf("image"),
                $"the still picture '{image}' must be a PNG, JPEG, WebP, GIF or SVG file under content/images, like images/my-video.png");
            return null;
        }
        return "/" + relative;
    }
}
