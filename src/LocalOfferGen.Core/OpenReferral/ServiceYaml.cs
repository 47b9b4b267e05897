using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LocalOfferGen.OpenReferral;

/// <summary>Writes an imported service as services/&lt;slug&gt;.yml in the contract's key order and style:
/// Markdown as literal blocks, short lists in brackets, anything YAML could mistake for a number,
/// date or true/false in quotes.</summary>
internal static partial class ServiceYaml
{
    public static string Write(ImportedService service)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Text(emitter, "name", service.Name);
        Text(emitter, "organisation", service.Organisation);
        Text(emitter, "description", service.Description);
        Words(emitter, "categories", service.Categories);
        if (service.Needs.Count > 0) Words(emitter, "needs", service.Needs);
        Key(emitter, "age_range");
        emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
        Plain(emitter, "min", service.MinimumAge.ToString(CultureInfo.InvariantCulture));
        Plain(emitter, "max", service.MaximumAge.ToString(CultureInfo.InvariantCulture));
        emitter.Emit(new MappingEnd());
        Text(emitter, "eligibility", service.Eligibility);
        Text(emitter, "how_to_access", service.HowToAccess);
        Text(emitter, "cost", service.Cost);
        Key(emitter, "contact");
        emitter.Emit(new MappingStart());
        Text(emitter, "phone", service.Phone);
        Text(emitter, "email", service.Email);
        Text(emitter, "website", service.Website);
        emitter.Emit(new MappingEnd());
        if (service.Locations.Count > 0)
        {
            Key(emitter, "locations");
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
            foreach (var location in service.Locations)
            {
                emitter.Emit(new MappingStart());
                Text(emitter, "name", location.Name);
                Text(emitter, "address", location.Address);
                Text(emitter, "postcode", location.Postcode);
                emitter.Emit(new MappingEnd());
            }
            emitter.Emit(new SequenceEnd());
        }
        Text(emitter, "schedule", service.Schedule);
        Text(emitter, "accessibility", service.Accessibility);
        Plain(emitter, "in_area", service.InArea ? "true" : "false");
        Plain(emitter, "reviewed", Date(service.Reviewed));
        if (service.ReviewBy is { } reviewBy) Plain(emitter, "review_by", Date(reviewBy));
        if (service.Topics.Count > 0) Words(emitter, "topics", service.Topics);
        if (service.OrukId is { } id)
        {
            Key(emitter, "oruk_id");
            emitter.Emit(new Scalar(null, null, OrukIds.Text(id), ScalarStyle.DoubleQuoted, false, true));
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(key));

    private static void Plain(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));
    }

    private static void Text(IEmitter emitter, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        Key(emitter, key);
        var style = value.Contains('\n') ? ScalarStyle.Literal
            : LooksLikeAnotherType().IsMatch(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    private static void Words(IEmitter emitter, string key, IReadOnlyList<string> words)
    {
        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        foreach (var word in words) emitter.Emit(new Scalar(word));
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>Text a YAML reader would turn into something else: numbers and phone numbers, dates,
    /// true/false/yes/no, null.</summary>
    [GeneratedRegex(@"^([-+.]?[0-9]|(?i:null|~|true|false|yes|no|on|off|y|n)$)")]
    private static partial Regex LooksLikeAnotherType();
}
