namespace NatoSpend.Reporting.Inputs;

/// <summary>Why a use case refused its input, which the API answers as 400, 404 or 422 and the CLI as exit code 2.</summary>
public enum InputProblem
{
    /// <summary>The input cannot be read: a number with a comma, an unknown shape (400).</summary>
    Malformed,

    /// <summary>The input names something that does not exist: an ally, an edition, a rule set (404).</summary>
    NotFound,

    /// <summary>The input is well formed but cannot be answered: a year the edition lacks, a deadline before the base year (422).</summary>
    Unanswerable,
}

/// <summary>A user's input refused by a use case, with one sentence naming the input, the rule, the value and the fix.</summary>
public sealed class InputException : Exception
{
    /// <summary>Refuses an input.</summary>
    public InputException(string message, InputProblem problem = InputProblem.Malformed)
        : base(message) => Problem = problem;

    /// <inheritdoc/>
    public InputException()
        : this("The input could not be read.")
    {
    }

    /// <inheritdoc/>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the input was refused.</summary>
    public InputProblem Problem { get; }
}

/// <summary>Reads a user's input with the domain's and the readers' own checks, turning their refusal into an <see cref="InputException"/>.</summary>
public static class Input
{
    /// <summary>Runs <paramref name="read"/>; an <see cref="ArgumentException"/> it throws becomes an <see cref="InputException"/> with its sentence.</summary>
    public static T Read<T>(Func<T> read, InputProblem problem = InputProblem.Malformed)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (ArgumentException e)
        {
            throw new InputException(UserInput.MessageOf(e), problem);
        }
    }
}
