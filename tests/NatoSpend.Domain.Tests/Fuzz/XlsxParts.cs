using System.IO.Compression;
using System.Text;

namespace NatoSpend.Tests.Fuzz;

/// <summary>
/// A workbook unpacked into one text file (each part after a line "=== path"), packed again before it is read: mutating the
/// packed file only ever breaks the zip, mutating the parts reaches the XML the importers read.
/// </summary>
public static class XlsxParts
{
    /// <summary>Packs the parts file at <paramref name="path"/> into a workbook beside it; the workbook's path.</summary>
    public static string Pack(string path)
    {
        var xlsx = path + ".xlsx";
        var bytes = File.ReadAllBytes(path);
        var marker = Encoding.ASCII.GetBytes("=== ");
        File.Delete(xlsx);
        using var zip = ZipFile.Open(xlsx, ZipArchiveMode.Create);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < bytes.Length)
        {
            var start = bytes.AsSpan(at).IndexOf(marker);
            if (start < 0)
            {
                break;
            }
            start += at + marker.Length;
            var endOfName = bytes.AsSpan(start).IndexOf((byte)'\n');
            if (endOfName < 0)
            {
                break;
            }
            var name = Encoding.UTF8.GetString(bytes, start, endOfName).Trim();
            var body = start + endOfName + 1;
            var next = bytes.AsSpan(body).IndexOf("\n=== "u8);
            var end = next < 0 ? bytes.Length : body + next + 1;
            if (name.Length > 0 && names.Add(name))
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes, body, end - body);
            }
            at = end;
        }
        return xlsx;
    }
}
