using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace LocalOfferGen.Theming;

/// <summary>Puts a model's properties into a template's globals under their snake_case names (<c>ServiceCount</c> →
/// <c>service_count</c>), as Scriban's <c>Import</c> does, but finds each type's properties once instead of
/// by reflection for every page.</summary>
internal static class TemplateModel
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Properties = new();

    public static void Import(ScriptObject globals, object model)
    {
        foreach (var (name, property) in Properties.GetOrAdd(model.GetType(), PropertiesOf))
            globals[name] = property.GetValue(model);
    }

    private static (string, PropertyInfo)[] PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (StandardMemberRenamer.Default(p), p))
            .ToArray();
}
