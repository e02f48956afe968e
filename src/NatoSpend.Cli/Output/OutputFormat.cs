namespace NatoSpend.Cli.Output;

/// <summary>How a command writes its result.</summary>
public enum OutputFormat
{
    /// <summary>A table for people, with notes and the source line under it.</summary>
    Table,
    /// <summary>RFC 4180 CSV with a header row; every row labelled.</summary>
    Csv,
    /// <summary>One JSON object.</summary>
    Json,
    /// <summary>An XLSX workbook written to <c>--out</c>: typed cells, a header row, frozen panes and a Sources sheet.</summary>
    Xlsx,
}
