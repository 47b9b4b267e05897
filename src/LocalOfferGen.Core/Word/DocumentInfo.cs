namespace LocalOfferGen.Word;

/// <summary>What a document says about itself: its core properties and its footer.</summary>
/// <param name="Title">The document title (core properties; Word and screen readers announce it).</param>
/// <param name="Subject">One sentence on what it holds.</param>
/// <param name="Author">The council.</param>
/// <param name="Language">A language tag such as <c>en-GB</c>, from site.yml.</param>
/// <param name="Date">The content date: the fixed "created" and "modified" time.</param>
/// <param name="FooterContact">The council and its phone number, printed at the foot of every page.</param>
/// <param name="HasContents">True when the document holds a table of contents Word should refresh on opening.</param>
/// <param name="WholeSite">True for the documents that grow with the whole site (the handbook and the directory).</param>
internal sealed record DocumentInfo(
    string Title,
    string Subject,
    string Author,
    string Language,
    DateOnly Date,
    string FooterContact,
    bool HasContents = false,
    bool WholeSite = false);
