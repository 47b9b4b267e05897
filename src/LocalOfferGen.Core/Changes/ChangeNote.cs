namespace LocalOfferGen.Changes;

/// <summary>One change to a page or service as families are told of it: its date and, when an editor wrote one
/// (front matter <c>changes:</c>), a line saying what changed. Dates read from git history have no note: commit
/// messages are written for colleagues, not families, so they are never published.</summary>
public sealed record ChangeNote(DateOnly Date, string? Note);
