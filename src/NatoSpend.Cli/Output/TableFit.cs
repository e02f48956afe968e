using System.Globalization;
using NatoSpend.Reporting;

namespace NatoSpend.Cli.Output;

/// <summary>
/// Chooses which columns of a table a terminal shows, and how wide each is, so that the table fits the terminal without
/// a number ever being split: the most useful columns first (who, the share of GDP, the gap to the target, then money),
/// each column as wide as its widest cell, headings wrapped at spaces onto at most two lines.
/// </summary>
public static class TableFit
{
    /// <summary>Columns that say who or when a row is about: always first.</summary>
    private static readonly HashSet<string> Identity = ["ally", "name", "entity", "country", "year", "code", "label", "edition_year"];

    /// <summary>A column and its width in characters, as the table shows it.</summary>
    /// <param name="Index">The column's index in the table.</param>
    /// <param name="Width">Its width, without padding; null for the width Spectre measures (no fitting).</param>
    public sealed record Shown(int Index, int? Width);

    /// <summary>What a terminal shows of a table.</summary>
    /// <param name="Columns">The columns shown, in the order shown.</param>
    /// <param name="Left">The ids of the columns left out for width, in the table's order.</param>
    /// <param name="Natural">The table's width with every shown column at its natural width (headings on one line).</param>
    public sealed record Choice(IReadOnlyList<Shown> Columns, IReadOnlyList<string> Left, int Natural);

    /// <summary>The characters a simple-bordered table adds to its columns: an edge and a padding on each side, and a padding, a separator and a padding between columns.</summary>
    public static int Overhead(int columns) => columns <= 0 ? 0 : (3 * columns) + 1;

    /// <summary>How a column ranks for a terminal: lower comes first. Generic over any column set, from the column's key and unit.</summary>
    public static int Tier(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var unit = column.Unit ?? "";
        var key = column.Key;
        if (Identity.Contains(key))
        {
            return 0;
        }
        if (unit.Contains("% of", StringComparison.Ordinal) && unit.Contains("GDP", StringComparison.Ordinal))
        {
            return 1;
        }
        if (key.Contains("gap", StringComparison.Ordinal) && !IsMoney(column))
        {
            return 2;
        }
        if (unit.StartsWith("percentage points", StringComparison.Ordinal))
        {
            return 3;
        }
        if (IsMoney(column))
        {
            // Dollars first: they compare across allies; national currency needs its currency beside it.
            return key.Contains("usd", StringComparison.Ordinal) ? 4 : 5;
        }
        return column.Unit is not null ? 6 : 7;
    }

    /// <summary>A column that means little without another beside it: an estimate flag with the share, national money with its currency.</summary>
    private static IEnumerable<string> Companions(ReportColumn column)
    {
        var key = column.Key;
        if (Tier(column) == 1)
        {
            yield return key + "_estimate";
            if (key.EndsWith("share", StringComparison.Ordinal))
            {
                yield return key[..^"share".Length] + "estimate";
            }
            yield return "estimate";
        }
        else if (key.Contains("natcur", StringComparison.Ordinal))
        {
            yield return "currency";
        }
    }

    private static bool IsMoney(ReportColumn column) =>
        column.Unit is { } unit && (unit.StartsWith("million", StringComparison.Ordinal) || unit.StartsWith("billion", StringComparison.Ordinal));

    /// <summary>A text's width in terminal cells.</summary>
    public static int Length(string text) => new StringInfo(text ?? "").LengthInTextElements;

    /// <summary>The narrowest width at which a heading wraps at its spaces onto at most two lines (never below its longest word).</summary>
    public static int HeadingWidth(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Length).ToArray();
        if (words.Length == 0)
        {
            return 0;
        }
        var full = Length(title);
        for (var width = words.Max(); width < full; width++)
        {
            if (Lines(words, width) <= 2)
            {
                return width;
            }
        }
        return full;
    }

    private static int Lines(int[] words, int width)
    {
        var (lines, used) = (1, 0);
        foreach (var word in words)
        {
            if (used == 0)
            {
                used = word;
            }
            else if (used + 1 + word <= width)
            {
                used += 1 + word;
            }
            else
            {
                (lines, used) = (lines + 1, word);
            }
        }
        return lines;
    }

    /// <summary>Chooses the columns of <paramref name="cells"/> to show among <paramref name="candidates"/> under <paramref name="layout"/>.</summary>
    /// <param name="columns">The table's columns.</param>
    /// <param name="cells">Each row's cells as the table prints them.</param>
    /// <param name="candidates">The indices of the columns a table for people may show (row labels already left out).</param>
    /// <param name="layout">The width, <c>--columns</c> and <c>--wide</c>.</param>
    /// <param name="main">False for a secondary table of a command that writes several: ids of <c>--columns</c> that it lacks are ignored.</param>
    /// <exception cref="UsageException"><c>--columns</c> names an id the table does not have.</exception>
    public static Choice Choose(IReadOnlyList<ReportColumn> columns, IReadOnlyList<string[]> cells, IReadOnlyList<int> candidates, TableLayout layout, bool main = true)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(layout);
        var cellWidth = candidates.ToDictionary(i => i, i => cells.Select(r => Length(r[i])).DefaultIfEmpty(0).Max());
        int Full(int i) => Math.Max(cellWidth[i], Length(columns[i].Title));
        int Compact(int i) => Math.Max(cellWidth[i], HeadingWidth(columns[i].Title));

        if (layout.Columns is { } chosen)
        {
            var byKey = candidates.ToDictionary(i => columns[i].Key, StringComparer.Ordinal);
            var unknown = chosen.Where(k => !byKey.ContainsKey(k)).ToArray();
            if (unknown.Length > 0 && (main || unknown.Length == chosen.Count))
            {
                if (!main)
                {
                    return Every(candidates, Full);
                }
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"--columns names {(unknown.Length == 1 ? "a column" : "columns")} this table does not have ({string.Join(", ", unknown)}); use ids from: {string.Join(", ", candidates.Select(i => columns[i].Key))}."));
            }
            var picked = chosen.Where(byKey.ContainsKey).Select(k => byKey[k]).ToArray();
            return new Choice([.. picked.Select(i => new Shown(i, (int?)null))], [], Overhead(picked.Length) + picked.Sum(Full));
        }
        if (layout.Width is not { } width || layout.Wide)
        {
            return Every(candidates, Full);
        }
        var natural = Overhead(candidates.Count) + candidates.Sum(Full);
        if (natural <= width)
        {
            return new Choice([.. candidates.Select(i => new Shown(i, Full(i)))], [], natural);
        }

        // Greedy by usefulness: a column (with its companion) goes in if it still fits; the first always goes in.
        var byTier = candidates.Select((index, order) => (index, order)).OrderBy(c => Tier(columns[c.index])).ThenBy(c => c.order).Select(c => c.index).ToArray();
        var keyed = candidates.ToDictionary(i => columns[i].Key, StringComparer.Ordinal);
        var kept = new HashSet<int>();
        var used = Overhead(0);
        foreach (var i in byTier)
        {
            if (kept.Contains(i))
            {
                continue;
            }
            var group = new List<int> { i };
            foreach (var companion in Companions(columns[i]))
            {
                if (keyed.TryGetValue(companion, out var c))
                {
                    if (!kept.Contains(c))
                    {
                        group.Add(c);
                    }
                    break;
                }
            }
            var cost = group.Sum(g => Compact(g) + 3) + (kept.Count == 0 ? 1 : 0);
            if (kept.Count == 0 || used + cost <= width)
            {
                kept.UnionWith(group);
                used += cost;
            }
        }

        // Spare width lets headings stay on one line, from the left.
        var ordered = candidates.Where(kept.Contains).ToArray();
        var widths = ordered.ToDictionary(i => i, Compact);
        foreach (var i in ordered)
        {
            var extra = Full(i) - widths[i];
            if (extra > 0 && used + extra <= width)
            {
                widths[i] += extra;
                used += extra;
            }
        }
        var left = candidates.Where(i => !kept.Contains(i)).Select(i => columns[i].Key).ToArray();
        return new Choice([.. ordered.Select(i => new Shown(i, (int?)widths[i]))], left, natural);
    }

    private static Choice Every(IReadOnlyList<int> candidates, Func<int, int> full) =>
        new([.. candidates.Select(i => new Shown(i, (int?)null))], [], Overhead(candidates.Count) + candidates.Sum(full));

    /// <summary>The line under a fitted table that says what was left out and how to see it.</summary>
    public static string Footnote(Choice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var count = choice.Left.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"{count} more {(count == 1 ? "column" : "columns")} not shown for width ({string.Join(", ", choice.Left)}): --wide shows every column, --columns id,id,... chooses.");
    }
}
