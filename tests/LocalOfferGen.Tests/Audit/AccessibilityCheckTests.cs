using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class AccessibilityCheckTests
{
    private static readonly (string, string) Planted = AuditTestSite.Page("inaccessible", """
        ## Pictures

        ![](/images/home-family.png)

        ![image](/images/school-classroom.png) ![IMG_2034.jpg](/images/home-family.png) ![Children playing in a park](/images/short-breaks-activity.png)

        ## Links

        To apply, [click here](/ehc-plans/). [Read more](/education/). Visit [https://www.example.gov.uk/send](https://www.example.gov.uk/send) or <https://www.example.gov.uk/help> or www.example.gov.uk/plain.

        Read [how to apply for an EHC needs assessment](/ehc-plans/asking-for-an-assessment/).

        #### Skipped a level

        # A second main heading

        ## Tables

        |   |   |
        |---|---|
        | a | b |

        | Day | Time |
        |-----|------|
        | Monday | 9am |

        ## Capitals

        PLEASE READ THIS PAGE CAREFULLY before you apply. The SEND team and the NHS can help.

        ## Files

        The full policy is in [our short breaks policy](https://www.example.gov.uk/short-breaks.pdf).

        The same policy [as a web page](https://www.example.gov.uk/short-breaks) or [as a PDF](https://www.example.gov.uk/short-breaks.pdf).

        Get this page [as a Word document](/documents/about/inaccessible.docx).
        """);

    [Fact]
    public void Planted_problems_are_each_found_once_at_their_line()
    {
        using var site = AuditTestSite.With(Planted);
        var findings = site.Audit().In("about/inaccessible.md");

        Assert.Equal(11, Assert.Single(findings.Coded(DiagnosticCodes.ImageWithoutAlt)).Line);
        var alts = findings.Coded(DiagnosticCodes.MeaninglessAlt);
        Assert.Equal(["\"image\"", "\"IMG_2034.jpg\""], alts.Select(f => f.Message.Split(' ')[3]));
        Assert.Equal(["click here", "Read more"], findings.Coded(DiagnosticCodes.VagueLinkText).Select(f => f.Message.Split('"')[1]));
        Assert.Equal(3, findings.Coded(DiagnosticCodes.BareUrl).Count);
        Assert.Contains("from level 2 to level 4", Assert.Single(findings.Coded(DiagnosticCodes.HeadingSkipsLevel)).Message);
        Assert.Contains("A second main heading", Assert.Single(findings.Coded(DiagnosticCodes.SecondMainHeading)).Message);
        Assert.Equal(27, Assert.Single(findings.Coded(DiagnosticCodes.TableWithoutHeader)).Line);
        Assert.Contains("PLEASE READ THIS PAGE CAREFULLY", Assert.Single(findings.Coded(DiagnosticCodes.AllCapitals)).Message);
        var pdf = Assert.Single(findings.Coded(DiagnosticCodes.DocumentOnlyLink));
        Assert.Equal(41, pdf.Line);
        Assert.All(findings.Where(f => f.Check == AuditCheckIds.Accessibility), f => Assert.Equal(AuditSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("image", "x.png", true)]
    [InlineData("Photo.", "x.png", true)]
    [InlineData("family-photo.png", "family-photo.png", true)]
    [InlineData("dsc_0042", "dsc_0042.jpg", true)]
    [InlineData("A girl on a swing", "swing.png", false)]
    [InlineData("Swing", "swing.png", false)]
    public void Alt_text_that_says_nothing_is_recognised(string alt, string file, bool meaningless) =>
        Assert.Equal(meaningless, LocalOfferGen.Audit.Accessibility.ImageAltRule.IsMeaningless(alt, file));
}
