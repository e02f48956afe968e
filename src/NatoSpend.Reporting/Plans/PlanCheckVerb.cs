using NatoSpend.Data.Files;
using NatoSpend.Data.Plans;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Reporting.Paths;

namespace NatoSpend.Reporting.Plans;

/// <summary>The formats a plan file is written in (format in <c>data/plans/README.md</c>).</summary>
public enum PlanFormat
{
    /// <summary>CSV with optional <c># key: value</c> header lines.</summary>
    Csv,

    /// <summary>A JSON object with the header keys and <c>years</c>.</summary>
    Json,
}

/// <summary><c>natospend check FILE</c> and <c>POST /api/v1/plans/check</c>: a national plan read and checked for a credible, incremental path under a rule set.</summary>
public static class PlanCheckVerb
{
    /// <summary>What the user sent: the plan file's bytes (the CLI reads the file, the API the body) and the inputs as typed.</summary>
    /// <param name="Plan">The plan file's bytes.</param>
    /// <param name="Name">How the plan is named in messages: the file's path, or <c>plan.csv</c> for a request body.</param>
    /// <param name="Format">The plan file's format.</param>
    /// <param name="Inputs">The rules, growth, rates, outlook and exchange-rate inputs; the others are not read.</param>
    public sealed record Request(ReadOnlyMemory<byte> Plan, string Name, PlanFormat Format, PathInput Inputs);

    /// <summary>The checked plan, with the answer in the forms asked for.</summary>
    /// <param name="Check">The check.</param>
    /// <param name="Edition">The NATO edition the plan is checked on.</param>
    /// <param name="Ukraine">The plan's Ukraine column against Kiel's record (a warning, never the verdict), empty when the plan has none.</param>
    /// <param name="Checks">One row per check: the CSV and the Checks sheet.</param>
    /// <param name="Years">The plan's years in shares and money.</param>
    /// <param name="Answer">The check as JSON.</param>
    /// <param name="Title">A title naming the plan, rules and verdict.</param>
    /// <param name="FileName">A download's file name without extension.</param>
    public sealed record Result(PlanCheck Check, Edition Edition, IReadOnlyList<UkraineYearCheck> Ukraine, ReportTable Checks, ReportTable Years, PlanCheckAnswer Answer, string Title, string FileName)
    {
        /// <summary>Whether the plan is credible: the CLI exits 0 when it is, 3 when not credible or incomplete.</summary>
        public bool Credible => Check.Verdict.Kind == VerdictKind.Credible;
    }

    /// <summary>Checks the inputs, reads the plan and checks it.</summary>
    /// <exception cref="InputException">An input is malformed or names nothing, or the plan cannot be checked.</exception>
    /// <exception cref="DataFileException">The plan file has problems; each names <see cref="Request.Name"/> with its line or JSON path.</exception>
    public static Result Run(Request request, DataSources sources, Face face)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(face);
        var setup = PlanSetup.Resolve(request.Inputs, sources, face);
        var plan = Read(request.Plan, request.Name, request.Format);
        var check = Input.Read(() => PlanChecker.Check(plan, setup.Rules, setup.Data, setup.Outlook, setup.Options), InputProblem.Unanswerable);
        var ukraine = CrossCheck(check, sources, setup.Data);
        var checks = PlanReport.Checks(check);
        var years = PlanReport.Years(check);
        return new Result(check, setup.Data.Edition, ukraine, checks, years, PlanCheckAnswer.Of(check, checks, years, ukraine),
            $"Plan check: {plan.Ally.Name} ({plan.Ally.Code}), {plan.Title}; rules {setup.Rules.Id}; verdict {check.Verdict.Label}",
            $"natospend-check-{plan.Ally.Code.Value.ToLowerInvariant()}-{setup.Rules.Id}");
    }

    /// <summary>Reads a plan file's bytes in its format; CSV must be UTF-8 (a byte order mark is skipped), a bad byte is named with its line and column.</summary>
    /// <exception cref="DataFileException">The plan has problems, every one listed under <paramref name="name"/>.</exception>
    public static Plan Read(ReadOnlyMemory<byte> bytes, string name, PlanFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The first three letters of a file name such as deu-2025.csv name the ally when the file does not.
        var fileName = Path.GetFileName(name);
        // The reader checks the bytes: UTF-8 throughout, a bad byte named with its line and column.
        return PlanReader.Parse(bytes, name, fileName, format == PlanFormat.Json);
    }

    /// <summary>The format of a plan file by its name: <c>.json</c> is JSON, anything else CSV.</summary>
    public static PlanFormat FormatOfFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PlanFormat.Json : PlanFormat.Csv;
    }

    /// <summary>The format of a plan whose sender did not say: JSON when its first character is <c>{</c>, else CSV.</summary>
    public static PlanFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            // White space and a UTF-8 byte order mark may come first.
            if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }
            return b == (byte)'{' ? PlanFormat.Json : PlanFormat.Csv;
        }
        return PlanFormat.Csv;
    }

    /// <summary>A plan's Ukraine column against Kiel's record where the years overlap: a warning, never the verdict; empty when the plan has no Ukraine column.</summary>
    public static IReadOnlyList<UkraineYearCheck> CrossCheck(PlanCheck check, DataSources sources, EditionData data)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(sources);
        return UkraineCrossCheck.Applies(check.Plan) ? UkraineCrossCheck.Check(check, sources.Ukraine, data) : [];
    }
}
