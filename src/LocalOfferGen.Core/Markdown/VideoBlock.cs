using LocalOfferGen.Model;
using Markdig.Syntax;

namespace LocalOfferGen.Markdown;

/// <summary>A video an editor placed in Markdown with a <c>```video</c> block. The loader replaces the fenced
/// block with this one, so every format reads the same facts: the host's page for the video, its title, its
/// transcript (always present: the build refuses a video without one) and an optional still picture.</summary>
public sealed class VideoBlock : LeafBlock
{
    public VideoBlock(VideoLink link, string title, MarkdownText transcript, bool captions, string? image) : base(null)
    {
        Link = link;
        Title = title;
        Transcript = transcript;
        Captions = captions;
        Image = image;
        ProcessInlines = false;
    }

    /// <summary>Where the video lives and how to embed it without cookies.</summary>
    public VideoLink Link { get; }

    /// <summary>The address of the video on the host's own site, as the editor gave it: the link to print.</summary>
    public string Url => Link.Url;

    public string Title { get; }

    /// <summary>Everything said and shown in the video, as Markdown parsed at load time.</summary>
    public MarkdownText Transcript { get; }

    /// <summary>The editor says the video has captions on the host; the embed turns them on.</summary>
    public bool Captions { get; }

    /// <summary>A still picture to show before the video plays, as a site path (<c>/images/x.png</c>), or null.</summary>
    public string? Image { get; }
}
