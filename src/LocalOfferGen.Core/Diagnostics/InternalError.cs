namespace LocalOfferGen.Diagnostics;

/// <summary>A failure of the generator itself (a bug, not bad content), carrying what it was doing, such as
/// the file being read or the format being written, so the report can say where it happened.</summary>
public sealed class InternalError(string doing, Exception inner)
    : Exception(LogText.Escape($"internal error while {doing}: {inner.GetType().Name}: {inner.Message}"), inner)
{
    public string Doing { get; } = doing;

    /// <summary>Runs <paramref name="action"/>, naming <paramref name="doing"/> in any unexpected exception.
    /// Cancellation passes through untouched, and so does an error already named by an inner step.</summary>
    public static T While<T>(string doing, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OperationCanceledException and not InternalError)
        {
            throw new InternalError(doing, e);
        }
    }

    public static void While(string doing, Action action) => While(doing, () => { action(); return 0; });
}
