using NatoSpend.Data.Files;
using NatoSpend.Data.Macro;
using NatoSpend.Tests.Export;

namespace NatoSpend.Tests.Data;

/// <summary>The readers behind the PPP lens and the measures: every country kept, every problem listed with its line, a rate the file rounds to 0 read as no rate.</summary>
public sealed class WeoLensReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    // A data folder is recognised by its registry; these readers do not read it.
    public WeoLensReaderTests() => Write("editions.json", "{}");

    [Fact]
    public void TheLensKeepsContextCountriesAndReadsAZeroRateAsNone()
    {
        Write("macro/weo.csv",
            "iso3,year,indicator,value,unit,source,vintage\n" +
            "RUS,2025,PPPEX,32.1,x,IMF,WEO test\n" +
            "RUS,2025,NGDP,200000,x,IMF,WEO test\n" +
            "RUS,2025,NGDPD,2500,x,IMF,WEO test\n" +
            "UKR,1991,PPPEX,0.0,x,IMF,WEO test\n" +
            "DEU,2025,NGDP_RPCH,0.2,x,IMF,WEO test\n");

        var lens = WeoLensReader.Read(DataFolder.Open(_temp.Path), "macro/weo.csv");

        Assert.Equal("WEO test", lens.Vintage);
        Assert.Equal(32.1m, lens.PppRate("RUS", 2025));
        Assert.Equal(80m, lens.MarketRate("RUS", 2025));
        Assert.Null(lens.PppRate("UKR", 1991));
        Assert.Null(lens.Value("DEU", "NGDP_RPCH", 2025));
    }

    [Fact]
    public void EveryProblemIsListedWithItsLine()
    {
        Write("macro/weo.csv",
            "iso3,year,indicator,value,unit,source,vintage\n" +
            "RUS,2025,PPPEX,-1,x,IMF,WEO test\n" +
            "RUS,20x5,LP,143,x,IMF,WEO test\n" +
            "RUS,2025,PPPEX,32,x,IMF,WEO test\n");

        var error = Assert.Throws<DataFileException>(() => WeoLensReader.Read(DataFolder.Open(_temp.Path), "macro/weo.csv"));

        Assert.Equal(
        [
            "macro/weo.csv:2: PPPEX for RUS 2025 must be a number from 0 to 1,000,000,000 (invariant culture), but was '-1'.",
            "macro/weo.csv:3: the year must be a whole number such as 2029, but was '20x5'.",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void PersonnelIsReadInPersonsAndAFolderWithoutTheFileHasNone()
    {
        Assert.Null(WorldBankPersonnelReader.Read(DataFolder.Open(_temp.Path)).Find("RUS", 2016));

        Write(WorldBankPersonnelReader.File, "iso3,year,indicator,value,unit,source,vintage\nRUS,2016,MS.MIL.TOTL.P1,1454000,persons,WB,WDI\n");

        Assert.Equal(1_454_000m, WorldBankPersonnelReader.Read(DataFolder.Open(_temp.Path)).Find("RUS", 2016));
    }

    public void Dispose() => _temp.Dispose();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
