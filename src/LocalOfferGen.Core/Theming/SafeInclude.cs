using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LocalOfferGen.Theming;

/// <summary>Scriban's <c>include</c>, with its result marked as HTML: a partial's markup is the theme's own,
/// and the values inside it were already escaped as the partial rendered.</summary>
internal sealed class SafeInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlString(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlString((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
