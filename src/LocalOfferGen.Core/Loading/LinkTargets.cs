namespace LocalOfferGen.Loading;

/// <summary>What a link in the content may lead to: every page address of the site and every picture in
/// content/images. Known once every file is read; kept with a load so one file can be read again.</summary>
internal sealed record LinkTargets(IReadOnlySet<string> Urls, IReadOnlySet<string> ImagePaths);
