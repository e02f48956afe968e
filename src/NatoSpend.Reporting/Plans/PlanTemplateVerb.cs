using System.Globalization;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Plans;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Reporting.Plans;

/// <summary><c>natospend plan template DEU</c> and <c>GET /api/v1/plans/template</c>: a starter plan that passes every check of the rule set it is made for, as a plan file.</summary>
public static class PlanTemplateVerb
{
    /// <summary>What the user asked for, as typed.</summary>
    /// <param name="Ally">The ally the plan is for.</param>
    /// <param name="Format"><c>csv</c> (default) or <c>json</c>: the plan file's format.</param>
    /// <param name="Inputs">The rules, growth, rates, outlook and exchange-rate inputs; the others are not read.</param>
    public sealed record Request(string? Ally, string? Format, PathInput Inputs);

    /// <summary>The starter plan as a file.</summary>
    /// <param name="Text">The plan file's text.</param>
    /// <param name="Format">Its format.</param>
    /// <param name="FileName">A download's file name with extension, such as <c>deu-template-hague-2025.csv</c>.</param>
    /// <param name="NoPath">Why no path can pass a check of the rule set, one line each; empty when the plan passes every check. The file's comments say the same.</param>
    public sealed record Result(string Text, PlanFormat Format, string FileName, IReadOnlyList<string> NoPath)
    {
        /// <summary>The file's media type with its charset.</summary>
        public string ContentType => Format == PlanFormat.Json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
    }

    /// <summary>Checks the request and writes the starter plan.</summary>
    /// <exception cref="InputException">An input is malformed or names nothing, or no starter plan can be made (unanswerable).</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var formatText = (request.Format ?? "csv").Trim().ToLowerInvariant();
        var format = formatText switch
        {
            "csv" => PlanFormat.Csv,
            "json" => PlanFormat.Json,
            _ => throw new InputException($"The format '{formatText}' is not one a plan is written in; use csv or json."),
        };
        var text = request.Ally ?? throw new InputException(
            $"Name the ally the plan is for, such as {(face.IsCli ? "'natospend plan template DEU'" : "ally=DEU")}.");
        var ally = Input.Read(() => UserInput.Ally(text), InputProblem.NotFound);
        var setup = PlanSetup.Resolve(request.Inputs, sources, face);
        var starter = Input.Read(() => PlanTemplate.For(setup.Data, ally, setup.Outlook, setup.Rules, setup.Options), InputProblem.Unanswerable);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (format == PlanFormat.Json)
        {
            PlanWriter.WriteJson(writer, starter.Definition);
        }
        else
        {
            PlanWriter.WriteCsv(writer, starter.Definition);
        }
        return new Result(writer.ToString(), format, $"{ally.Code.Value.ToLowerInvariant()}-template-{setup.Rules.Id}.{formatText}", starter.NoPath);
    }
}
