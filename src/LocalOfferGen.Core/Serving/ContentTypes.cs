namespace LocalOfferGen.Serving;

/// <summary>The media types of the files a build writes.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".woff2"] = "font/woff2",
    };

    /// <summary>The media type of a file; documents of content/files get theirs from the allowed list.</summary>
    public static string For(string file) =>
        ByExtension.TryGetValue(Path.GetExtension(file), out var type) ? type : Files.FileTypes.For(file)?.MediaType ?? "application/octet-stream";

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);
}
