namespace LocalOfferGen.Changes;

/// <summary>Where a page's "Last updated" date came from, in the order they are tried.</summary>
public enum ChangeSource
{
    /// <summary>The editor's <c>changes:</c> list in the file.</summary>
    Written,
    /// <summary>The dates of the commits that changed the file (see <see cref="GitHistory"/>).</summary>
    Git,
    /// <summary>Neither: the file's <c>reviewed</c> date.</summary>
    Reviewed,
}
