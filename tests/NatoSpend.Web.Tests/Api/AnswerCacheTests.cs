using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NatoSpend.Web.Http;

namespace NatoSpend.Web.Tests.Api;

/// <summary>The answer cache and the compressed files: the same bytes and ETag every time, 304 before any work, and compressed bodies that decompress to the answer.</summary>
public sealed class AnswerCacheTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSameQueryGetsTheSameETagAndBytesWhateverTheOrderOfItsParameters()
    {
        using var first = await _client.GetAsync("/api/v1/status?year=2024&target=3.5");
        using var again = await _client.GetAsync("/api/v1/status?year=2024&target=3.5");
        using var reordered = await _client.GetAsync("/api/v1/status?Target=3.5&year=2024");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(first.Headers.ETag, reordered.Headers.ETag);
        var body = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(body, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(body, await reordered.Content.ReadAsByteArrayAsync());
        Assert.Equal("Accept-Encoding", Assert.Single(first.Headers.Vary));
    }

    [Fact]
    public async Task AMatchingIfNoneMatchGets304FromTheCacheWithoutABody()
    {
        using var first = await _client.GetAsync("/api/v1/status?year=2023");
        var cache = factory.Services.GetRequiredService<AnswerCache>();
        Assert.True(cache.TryGet("/api/v1/status?year=2023", out _));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/status?year=2023");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(AnswerCache.ShippedCacheControl, second.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ACompressedAnswerDecompressesToTheUncompressedBytes(string coding)
    {
        const string path = "/api/v1/status?year=2026&ukraine=true";
        var plain = await _client.GetByteArrayAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 3, $"{coding}: {compressed.Length} bytes for {plain.Length}");
        Assert.Equal(plain, Decompress(compressed, coding));
        Assert.NotEqual(response.Headers.ETag, (await _client.GetAsync(path)).Headers.ETag);

        // The client that holds the compressed answer is told it is still good.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AnEncodingWithQZeroIsNotSent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/status?year=2022");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, gzip;q=0.0");
        using var response = await _client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal('{', (char)(await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task CsvAnswersAreCachedApartFromJsonWithTheirFileName()
    {
        using var json = await _client.GetAsync("/api/v1/status?year=2021");
        using var csv = await _client.GetAsync("/api/v1/status?year=2021&format=csv");
        using var csvAgain = await _client.GetAsync("/api/v1/status?year=2021&format=csv");

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
        Assert.Equal("text/csv; charset=utf-8", csvAgain.Content.Headers.ContentType!.ToString());
        Assert.Equal(csv.Content.Headers.ContentDisposition, csvAgain.Content.Headers.ContentDisposition);
        Assert.NotNull(csvAgain.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(await csv.Content.ReadAsByteArrayAsync(), await csvAgain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ProblemsAreNotCached()
    {
        using var first = await _client.GetAsync("/api/v1/status?year=1900");
        using var second = await _client.GetAsync("/api/v1/status?year=1900");

        Assert.True((int)first.StatusCode is >= 400 and < 500, first.StatusCode.ToString());
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Null(second.Headers.ETag);
        Assert.False(factory.Services.GetRequiredService<AnswerCache>().TryGet("/api/v1/status?year=1900", out _));
    }

    [Theory]
    [InlineData("/lib/echarts.custom.min.js", "br")]
    [InlineData("/lib/nato-map.json", "gzip")]
    [InlineData("/js/common.js", "br")]
    public async Task StaticScriptsAndShapesAreSentCompressed(string path, string coding)
    {
        var plain = await _client.GetByteArrayAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await _client.SendAsync(request);

        Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("Accept-Encoding", Assert.Single(response.Headers.Vary));
        Assert.Equal(plain, Decompress(await response.Content.ReadAsByteArrayAsync(), coding));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void TheKeyIgnoresTheOrderAndCaseOfParameterNamesButKeepsValues()
    {
        static string Key(string query)
        {
            var context = new DefaultHttpContext();
            context.Request.Path = "/api/v1/status";
            context.Request.QueryString = new QueryString(query);
            return AnswerCache.KeyOf(context.Request);
        }

        Assert.Equal(Key("?year=2024&target=3.5"), Key("?TARGET=3.5&year=2024"));
        Assert.NotEqual(Key("?allies=deu"), Key("?allies=DEU"));
        Assert.NotEqual(Key("?year="), Key(""));
        Assert.NotEqual(Key("?a=1%262"), Key("?a=1&2"));
    }

    [Fact]
    public void AnAnswerLargerThanTheBoundIsNotKept()
    {
        using var cache = new AnswerCache(shippedData: false);
        var small = new CachedAnswer(new byte[100], "application/json", null, cache.CacheControl, compress: false);
        var large = new CachedAnswer(new byte[AnswerCache.MaxAnswerBytes + 1], "application/json", null, cache.CacheControl, compress: false);

        cache.Keep("small", small);
        cache.Keep("large", large);

        Assert.True(cache.TryGet("small", out _));
        Assert.False(cache.TryGet("large", out _));
        Assert.Equal(AnswerCache.UserDataCacheControl, cache.CacheControl);
    }

    private static byte[] Decompress(byte[] bytes, string coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
