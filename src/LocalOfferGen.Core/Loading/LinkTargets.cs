using System.Collections.Concurrent;
using LocalOfferGen.Pictures;

namespace LocalOfferGen.Loading;

/// <summary>What a link in the content may lead to: every page address of the site, every file in content/images
/// with the pictures read from them (a link to one that cannot be used is an error where it is), and every published
/// document in content/files (<see cref="FilePaths"/>). <see cref="UnpublishedFiles"/> are the files of content/files
/// that are not published (not an allowed type), so a link to one can say why it fails.
/// Known once every file is read; kept with a load so one file can be read again.</summary>
internal sealed record LinkTargets(IReadOnlySet<string> Urls, IReadOnlySet<string> ImagePaths, PictureSet Pictures)
{
    public IReadOnlySet<string> FilePaths { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> UnpublishedFiles { get; init; } = new HashSet<string>();

    /// <summary>The site paths of the pictures links have named so far (filled while links are resolved, from
    /// several threads), so that a damaged picture no page uses is only a warning.</summary>
    public ConcurrentDictionary<string, byte> UsedPictures { get; } = new(StringComparer.Ordinal);
}
