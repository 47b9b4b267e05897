namespace LocalOfferGen.EasyRead.Linting;

/// <summary>One easy-read check. Each rule reports its own LO4xxx warning code.</summary>
internal interface IEasyReadRule
{
    void Check(LintedPage page);
}
