using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>The council's logo (site.yml <c>logo</c>) at the top of a document's cover, 2.5 cm tall, described for
/// screen readers as the council's logo; nothing when site.yml names none.</summary>
internal static class CoverLogo
{
    private const long HeightEmu = 900000; // 2.5 cm

    public static Paragraph? For(WordPackage package, WritingContext context)
    {
        var settings = context.Site.Settings;
        if (settings.Logo is not { } logo || context.Pictures.Find(logo, PageLayout.TextWidth * PageLayout.EmuPerTwip / 2, HeightEmu) is not { } picture)
            return null;
        var (id, svgId) = package.PictureIds(package.Main, picture);
        return Paragraphs.Plain(new Run(PictureDrawing.Create(picture, id, svgId, package.NextDrawingId(), $"{settings.Authority} logo")));
    }
}
