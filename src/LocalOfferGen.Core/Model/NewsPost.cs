using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

public sealed record NewsPost(
    string SourcePath,
    string Slug,
    string Url,
    DateOnly Date,
    string Title,
    string Summary,
    MarkdownText Body,
    SourceSpan Source);
