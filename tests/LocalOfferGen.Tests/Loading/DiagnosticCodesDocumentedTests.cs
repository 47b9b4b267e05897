using System.Reflection;
using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Loading;

public class DiagnosticCodesDocumentedTests
{
    [Fact]
    public void Every_diagnostic_code_is_listed_in_docs_diagnostics_md()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        var declared = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!);
        var used = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(LO\\d{4})\"").Select(m => m.Groups[1].Value));
        var missing = declared.Concat(used).Distinct().Where(code => !docs.Contains($"| {code} |")).Order().ToList();
        Assert.Empty(missing);
    }
}
