using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Domain.Allies;
using NatoSpend.Reporting.Allies;

namespace NatoSpend.Tests.Paths;

public class WeoReaderTests
{
    [Fact]
    public void ReadsNominalAndRealGdpForEveryAllyTo2029()
    {
        var weo = PathFixtures.Weo;

        Assert.Equal("WEO October 2024", weo.Vintage);
        Assert.Equal(32, weo.Series.Count);
        Assert.Equal(5068.5m, weo.Find(AllyCode.From("DEU"))!.Nominal(2029));
        Assert.Equal(3797.096m, weo.Find(AllyCode.From("DEU"))!.Real(2029));
        Assert.All(weo.Series.Values, s => Assert.Equal(2029, s.LastYear));
        Assert.Null(weo.Find(AllyCode.From("RUS")));
    }

    [Fact]
    public void ABadValueIsReportedWithFileAndLine()
    {
        var folder = TestData.CopyOfShippedData();
        var path = Path.Combine(folder, "macro", "imf_weo_oct2024.csv");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith("DEU,2027,NGDP,", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("DEU,2027,NGDP,4793.383,", "DEU,2027,NGDP,n/a,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var e = Assert.Throws<DataFileException>(() => WeoReader.Read(DataFolder.Open(folder), "macro/imf_weo_oct2024.csv"));

        Assert.Equal($"macro/imf_weo_oct2024.csv:{index + 1}: NGDP for DEU 2027 must be a positive number (invariant culture), but was 'n/a'.", Assert.Single(e.Problems).ToString());
    }
}
