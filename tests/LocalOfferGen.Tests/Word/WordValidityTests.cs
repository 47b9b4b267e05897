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

    /// <summary>Against the Office 2007 schema (the validator's default) the only errors are the easy-read
    /// layout tables' caption and description, which Word 2010 added for table alt text.</summary>
    [Fact]
    public void Against_Office_2007_only_the_layout_table_descriptions_are_unknown()
    {
        var validator = new OpenXmlValidator();
        var problems = new List<string>();
        foreach (var file in sample.Documents)
        {
            using var document = WordprocessingDocument.Open(file, false);
            var layoutTables = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCaption>().Count();
            var errors = validator.Validate(document, TestContext.Current.CancellationToken).ToList();
            foreach (var error in errors.Where(e => !(e.Description.Contains("tblCaption") || e.Description.Contains("tblDescription"))))
                problems.Add($"{Path.GetRelativePath(sample.Output, file)}: {error.Path?.XPath}: {error.Description}");
            Assert.True(errors.Count <= layoutTables * 2, $"{file}: {errors.Count} errors for {layoutTables} layout tables");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
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
            foreach (var error in validator.Validate(document, TestContext.Current.CancellationToken).Take(5))
                problems.Add($"{Path.GetRelativePath(sample.Output, file)}: {error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }
        Assert.True(count > 100, $"only {count} documents were written");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}
