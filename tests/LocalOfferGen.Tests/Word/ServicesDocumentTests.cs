namespace LocalOfferGen.Tests.Word;

[Collection(WordSampleCollection.Name)]
public sealed class ServicesDocumentTests(WordSample sample)
{
    [Fact]
    public void Each_service_is_printed_once_under_its_first_category_and_named_under_the_others()
    {
        using var doc = new DocxReader(sample.PathOf("documents/services.docx"));
        var headings = doc.Headings;
        Assert.Equal((1, "Directory of services"), headings[0]);
        var site = sample.Result.Site!;
        foreach (var service in site.Services) Assert.Single(headings, h => h == (3, service.Name));
        var portage = headings.ToList().FindIndex(h => h == (3, "Portage home visiting"));
        Assert.Equal((2, "Education"), headings.Take(portage).Last(h => h.Level == 2));
        Assert.Equal(["Who it is for", "How to get it", "Contact", "Where and when", "Accessibility"],
            headings.Skip(portage + 1).TakeWhile(h => h.Level == 4).Select(h => h.Text));

        var shared = site.Services.First(s => s.Categories.Count > 1);
        Assert.Contains(doc.ListItems, i => i.Text.StartsWith(shared.Name + ": see ", StringComparison.Ordinal));
    }

    [Fact]
    public void Contact_details_are_links()
    {
        using var doc = new DocxReader(sample.PathOf("documents/services.docx"));
        Assert.Contains(("portage@example.gov.uk", "mailto:portage@example.gov.uk"), doc.Links());
        Assert.Contains(("www.example.gov.uk/portage", "https://www.example.gov.uk/portage"), doc.Links());
        Assert.Contains("Phone: 01234\u00A0567101", doc.Text); // a no-break space keeps the number on one line
        Assert.Contains("Cost: Free", doc.Text);
        Assert.Contains("Ages: 0 to 5", doc.Text);
    }
}
