namespace LocalOfferGen.Journeys;

/// <summary>The addresses of journeys, shared by the web (which links to them) and the print and Word formats
/// (which write the whole guide there). All site paths, starting with <c>/</c>.</summary>
public static class JourneyUrls
{
    /// <summary>The list of every journey.</summary>
    public const string Index = "/journeys/";

    /// <summary>The journey's page: <c>/journeys/ehc-needs-assessment/</c>.</summary>
    public static string ForJourney(string slug) => $"/journeys/{slug}/";

    /// <summary>A step on the journey's page: <c>/journeys/ehc-needs-assessment/#ask-for-an-assessment</c>.</summary>
    public static string ForStep(string slug, string stepId) => $"/journeys/{slug}/#{stepId}";

    /// <summary>The whole guide as an A4 PDF, beside the leaflets: <c>/print/journeys/ehc-needs-assessment.pdf</c>.</summary>
    public static string ForPdf(string slug) => $"/print/journeys/{slug}.pdf";

    /// <summary>The whole guide as a Word document, where every page's Word document is
    /// (<see cref="Model.SiteUrls.ForWordDocument"/> of the journey's address): <c>/documents/journeys/ehc-needs-assessment.docx</c>.</summary>
    public static string ForWord(string slug) => "/" + Model.SiteUrls.ForWordDocument(ForJourney(slug));
}
