using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace LocalOfferGen.Theming;

/// <summary>Renders the theme's Scriban templates. Each template is parsed once and shared by every page
/// and thread. Values are HTML-escaped unless they are <see cref="HtmlString"/>, so a title from YAML can
/// never become markup. .NET members appear in templates in snake_case (<c>Page.ReviewBy</c> →
/// <c>page.review_by</c>), Scriban's convention.</summary>
public sealed class TemplateEngine
{
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);

    /// <summary>Scriban's built-in functions (with <c>include</c> made safe), made once and shared by every render:
    /// making them for each page was a large part of rendering. Renders only read them.</summary>
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>How to read each .NET type's members, worked out once per type instead of once per page (by
    /// reflection). Safe to share: an accessor is read-only once made, and every context names members alike.</summary>
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();

    public TemplateEngine(Theme theme)
    {
        Theme = theme;
        var include = (IScriptCustomFunction)_builtins["include"]!;
        _builtins.SetValue("include", new SafeInclude(include), readOnly: true);
        // Partials are parsed up front and handed to every render, so no page parses one again.
        foreach (var partial in theme.List("partials/")) Get(partial);
    }

    public Theme Theme { get; }

    /// <summary>Renders <c>layouts/{name}.html</c> with the given globals.</summary>
    public string Render(string name, ScriptObject globals)
    {
        using var output = new PooledTextOutput();
        RenderTo(name, globals, output);
        return output.Text.ToString();
    }

    /// <summary>Renders <c>layouts/{name}.html</c> into <paramref name="output"/>.</summary>
    internal void RenderTo(string name, ScriptObject globals, PooledTextOutput output)
    {
        var template = Get($"layouts/{name}.html");
        // LimitToString = 0: Scriban otherwise cuts any value longer than 1,048,576 characters without a word,
        // and a long page's body would be published truncated (found with a page of 100,000 list items).
        var context = new EscapingContext(this) { TemplateLoader = new PartialLoader(this), LoopLimit = 0, RecursiveLimit = 64, LimitToString = 0 };
        context.PushGlobal(globals);
        context.PushOutput(output);
        template.Render(context);
    }

    internal Template Get(string path) => _templates.GetOrAdd(path, p =>
    {
        var text = Theme.ReadText(p) ?? throw new InvalidOperationException($"the theme has no template '{p}'");
        var template = Template.Parse(text, p);
        if (template.HasErrors)
            throw new InvalidOperationException($"the theme template {p} has errors: {string.Join("; ", template.Messages)}");
        return template;
    });

    /// <summary>Escapes every value written into the page except <see cref="HtmlString"/>, with the spaces inside
    /// phone numbers and postcodes made no-break spaces (see <see cref="Wording.KeepTogether"/>).</summary>
    private sealed class EscapingContext : TemplateContext
    {
        private readonly TemplateEngine _engine;

        public EscapingContext(TemplateEngine engine) : base(engine._builtins)
        {
            _engine = engine;
            foreach (var (path, template) in engine._templates)
                if (path.StartsWith("partials/", StringComparison.Ordinal)) CachedTemplates[path] = template;
        }

        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            _engine._accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.NewAccessor(state.Target), (Context: this, Target: target));

        private IObjectAccessor? NewAccessor(object target) => base.GetMemberAccessorImpl(target);

        public override TemplateContext Write(ScribanSpan span, object? textAsObject)
        {
            switch (textAsObject)
            {
                case null: return this;
                case HtmlString html: Write(html.Value); return this;
                case RenderedHtml rendered:
                    if (Output is PooledTextOutput output) output.Append(rendered.Output.Text);
                    else Write(rendered.ToString());
                    return this;
                // Phone numbers and postcodes from YAML (a contact, a summary, an address) never break across lines.
                default: Write(Html.Escape(Wording.KeepTogether.PhoneNumbersAndPostcodes(ObjectToString(textAsObject) ?? ""))); return this;
            }
        }
    }

    /// <summary>Resolves <c>{{ include "card" }}</c> to <c>partials/card.html</c>, parsed once.</summary>
    private sealed class PartialLoader(TemplateEngine engine) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) => $"partials/{templateName}.html";

        public string Load(TemplateContext context, ScribanSpan callerSpan, string templatePath)
        {
            // Only reached for a partial the theme does not have: Scriban then reports it by name.
            return engine.Theme.ReadText(templatePath) ?? throw new InvalidOperationException($"the theme has no partial '{templatePath}'");
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            new((string?)Load(context, callerSpan, templatePath));
    }
}
