using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace LocalOfferGen.Tests.Word;

[Collection(WordSampleCollection.Name)]
public sealed class WordValidityTests(WordSample sample)
{
    [Fact]
    public void The_sample_builds_without_diagnostics()
    {
        Assert.True(sample.Result.Succeeded);
        Assert.Empty(sample.Result.Diagnostics);
    }

    /// <summary>Word 2010 is the oldest version the documents target: table descriptions (how the easy-read
    /// layout tables are marked) arrived in it, so the Office 2007 schema does not know them.</summary>
    [Theory]
    [InlineData(FileFormatVersions.Office2010)]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void Every_document_passes_the_Open_XML_validator(FileFormatVersions version)
    {
        var validator = new OpenXmlValidator(version);
        var problems = new List<string>();
        var count = 0;
        foreach (var file in sample.Documents)
        {
            count++;
            using var document = WordprocessingDocument.Open(file, false);
            foreach (var error in validator.Validate(document).Take(5))
                problems.Add($"{Path.GetRelativePath(sample.Output, file)}: {error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }
        Assert.True(count > 100, $"only {count} documents were written");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}
