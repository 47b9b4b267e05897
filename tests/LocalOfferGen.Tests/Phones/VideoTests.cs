using AngleSharp.Html.Parser;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;

namespace LocalOfferGen.Tests.Phones;

/// <summary>```video blocks: the loader refuses a video without a transcript, and the web shows a plain link
/// and still picture (nothing from the host) with the transcript on the page.</summary>
public class VideoTests
{
    private const string Page = "pages/education/plans.md";

    private static string PlansWith(string block) =>
        "---\ntitle: EHC plans\nsummary: What an EHC plan is.\nreviewed: 2026-09-01\nowner: SEND Team\n---\n\n## What it is\n\nAn EHC plan is a legal document.\n\n" + block;

    [Fact]
    public void A_video_without_a_transcript_is_an_error_at_the_block()
    {
        using var content = new TestContent();
        content.Write(Page, PlansWith("```video\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\ntitle: What is an EHC plan?\n```\n"));
        var result = content.Load();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.VideoWithoutTranscript);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("pages/education/plans.md", error.Path);
        Assert.Equal(12, error.Line);
        Assert.Contains("no transcript", error.Message);
        Assert.False(content.Build("web").Succeeded);
    }

    [Fact]
    public void A_missing_transcript_file_an_unknown_host_and_a_missing_title_are_errors()
    {
        using var content = new TestContent();
        content.Write(Page, PlansWith(
            "```video\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\ntitle: A\ntranscript_file: transcripts/none.md\n```\n\n" +
            "```video\nurl: https://videos.example.com/watch/123\ntitle: B\ntranscript: Words.\n```\n\n" +
            "```video\nurl: https://vimeo.com/76979871\ntranscript: Words.\n```\n"));
        var diagnostics = content.Load().Diagnostics;
        var file = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.VideoTranscriptFileMissing);
        Assert.Equal(15, file.Line);
        Assert.Contains("transcripts/none.md", file.Message);
        var host = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.VideoHostUnsupported);
        Assert.Equal(19, host.Line);
        var title = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MissingKey);
        Assert.Contains("title", title.Message);
        Assert.False(content.Build("web").Succeeded);
    }

    [Fact]
    public void A_transcript_cannot_hold_a_video()
    {
        using var content = new TestContent();
        content.Write("transcripts/plans.md", "Hello.\n\n```video\nurl: https://youtu.be/dQw4w9WgXcQ\ntitle: Inner\ntranscript: x\n```\n");
        content.Write(Page, PlansWith("```video\nurl: https://youtu.be/dQw4w9WgXcQ\ntitle: Outer\ntranscript_file: transcripts/plans.md\n```\n"));
        var error = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.VideoInvalid);
        Assert.EndsWith("transcripts/plans.md", error.Path);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void The_model_holds_the_video_with_its_transcript_and_link()
    {
        using var content = new TestContent();
        content.WriteBytes("images/plans-video.png", File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "assets", "share.png")));
        content.Write("transcripts/plans.md", "**Narrator:** An EHC plan says what help your child gets. Read [the EHC plan page](../pages/education/plans.md).\n");
        content.Write(Page, PlansWith(
            "```video\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\ntitle: What is an EHC plan?\ncaptions: yes\nimage: images/plans-video.png\ntranscript_file: transcripts/plans.md\n```\n\n" +
            "```video\nurl: https://vimeo.com/76979871\ntitle: Our short breaks\ntranscript: |\n  Children play at the **Saturday club**.\n```\n"));
        var result = content.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var page = result.Site!.FindPage("/education/plans/")!;
        var videos = MarkdownWalker.All<VideoBlock>(page.Body.Document).ToList();
        Assert.Equal(2, videos.Count);
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", videos[0].Url);
        Assert.Equal("What is an EHC plan?", videos[0].Title);
        Assert.True(videos[0].Captions);
        Assert.Equal("/images/plans-video.png", videos[0].Image);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0&cc_load_policy=1", videos[0].Link.EmbedUrl(videos[0].Captions));
        Assert.Equal("Narrator: An EHC plan says what help your child gets. Read the EHC plan page.", MarkdownWalker.PlainText(videos[0].Transcript.Document));
        // Links in a transcript file are resolved like any other link.
        Assert.Equal("/education/plans/", MarkdownWalker.All<Markdig.Syntax.Inlines.LinkInline>(videos[0].Transcript.Document).Single().Url);
        Assert.Equal(VideoLink.Vimeo, videos[1].Link.Host);
        Assert.Equal("Children play at the Saturday club.", MarkdownWalker.PlainText(videos[1].Transcript.Document));
        Assert.Empty(MarkdownWalker.All<Markdig.Syntax.FencedCodeBlock>(page.Body.Document));
    }

    [Fact]
    public void The_web_page_shows_a_link_and_still_with_the_transcript_and_frames_only_that_host()
    {
        using var content = new TestContent();
        content.WriteBytes("images/plans-video.png", File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "assets", "share.png")));
        content.Write(Page, PlansWith(
            "```video\nurl: https://youtu.be/dQw4w9WgXcQ\ntitle: \"What is an <EHC> plan?\"\nimage: images/plans-video.png\ntranscript: |\n  A plan says what help your child gets.\n```\n"));
        Assert.True(content.Build("web").Succeeded);
        var html = File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html"));
        var document = new HtmlParser().ParseDocument(html);
        var figure = document.QuerySelector("main figure.video")!;
        Assert.Empty(document.QuerySelectorAll("iframe"));
        var start = figure.QuerySelector("a.video-start")!;
        Assert.Equal("https://youtu.be/dQw4w9WgXcQ", start.GetAttribute("href"));
        Assert.Equal("../../images/plans-video.png", figure.QuerySelector("img.video-still")!.GetAttribute("src"));
        Assert.Equal("Play video: What is an <EHC> plan? (YouTube)", start.TextContent);
        Assert.Contains("&lt;EHC&gt;", html);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0", figure.QuerySelector("[data-video-player]")!.GetAttribute("data-embed"));
        Assert.Contains("A plan says what help your child gets.", figure.QuerySelector(".video-transcript")!.TextContent);
        // Nothing on the page loads from the host: no script, image or frame points there.
        Assert.DoesNotContain(document.QuerySelectorAll("[src]"), e => e.GetAttribute("src")!.Contains("youtube", StringComparison.Ordinal));

        // Search finds the video by its title and transcript.
        var index = File.ReadAllText(Path.Combine(content.Output, "search-index.json"));
        Assert.Contains("A plan says what help your child gets.", index);

        var csp = document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content");
        Assert.EndsWith("; frame-src https://www.youtube-nocookie.com", csp);
        var other = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "education", "index.html")));
        Assert.DoesNotContain("frame-src", other.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
    }

    [Fact]
    public void An_easy_read_video_is_not_a_row_without_a_picture_and_shows_its_transcript()
    {
        using var content = new TestContent();
        content.Write("easy-read/education/plans.md", "---\ntitle: EHC plans\nsummary: What an EHC plan is.\nreviewed: 2026-09-01\n---\n\n"
            + "```video\nurl: https://youtu.be/dQw4w9WgXcQ\ntitle: About plans\ntranscript: A plan says what help you get.\n```\n");
        var result = content.Build("web", "easy-read");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.EasyReadRowWithoutPicture);
        var html = File.ReadAllText(Path.Combine(content.Output, "easy-read", "education", "plans", "index.html"));
        Assert.Contains("A plan says what help you get.", new HtmlParser().ParseDocument(html).QuerySelector(".video-transcript")!.TextContent);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "YouTube", "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "YouTube", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "YouTube", "dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "Vimeo", "76979871")]
    [InlineData("http://www.youtube.com/watch?v=dQw4w9WgXcQ", null, null)]
    [InlineData("https://www.youtube.com/watch?v=bad\"id", null, null)]
    [InlineData("https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ", null, null)]
    public void Only_https_youtube_and_vimeo_addresses_are_videos(string url, string? host, string? id)
    {
        var link = VideoLink.Parse(url);
        Assert.Equal(host, link?.Host);
        Assert.Equal(id, link?.Id);
    }
}
