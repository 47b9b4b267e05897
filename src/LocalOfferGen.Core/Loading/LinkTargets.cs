namespace LocalOfferGen.Loading;

/// <summary>What a link in the content may lead to: every page address of the site, every picture in
/// content/images and every published document in content/files (<see cref="FilePaths"/>). <see cref="UnpublishedFiles"/>
/// are the files of content/files that are not published (not an allowed type), so a link to one can say why it fails.
/// Known once every file is read; kept with a load so one file can be read again.</summary>
internal sealed record LinkTargets(IReadOnlySet<string> Urls, IReadOnlySet<string> ImagePaths)
{
    public IReadOnlySet<string> FilePaths { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> UnpublishedFiles { get; init; } = new HashSet<string>();
}
