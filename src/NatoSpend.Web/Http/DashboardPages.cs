using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace NatoSpend.Web.Http;

/// <summary>
/// The dashboard's HTML pages, each composed once from <c>Pages/_layout.html</c> (the head boilerplate, header, navigation
/// and footer that every page shares) and <c>Pages/NAME.html</c> (the page's own title, description, scripts,
/// <c>&lt;main&gt;</c> and data credit), so that the chrome is written once. The pages are composed on the server, so they
/// read the same with JavaScript off; <see cref="Html"/> gives one page on its own, for an export as a static site.
/// </summary>
public sealed class DashboardPages
{
    /// <summary>The file every page is composed into; it is not a page itself.</summary>
    public const string LayoutFile = "_layout.html";

    /// <summary>The page also served at <c>/</c>.</summary>
    public const string IndexPage = "index";

    // The layout's slots: the head and main slots each fill a whole line, the credit fills part of the footer's line.
    private const string HeadSlot = "<!--page:head-->";
    private const string MainSlot = "<!--page:main-->";
    private const string CreditSlot = "<!--page:credit-->";

    private readonly SortedDictionary<string, ComposedPage> _pages;

    private DashboardPages(SortedDictionary<string, ComposedPage> pages) => _pages = pages;

    /// <summary>The page sources beside the program: <c>Pages</c>, outside <c>wwwroot</c> so that they are never served raw.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Pages");

    /// <summary>The pages' names, such as <c>ally</c> for <c>ally.html</c>, in ordinal order.</summary>
    public IReadOnlyCollection<string> Names => _pages.Keys;

    /// <summary>Reads the layout and every page in <paramref name="folder"/>, and composes each page once.</summary>
    /// <exception cref="InvalidDataException">The layout or a page lacks a part; the message names it.</exception>
    public static DashboardPages Open(string folder)
    {
        var layout = File.ReadAllText(Path.Combine(folder, LayoutFile));
        var pages = new SortedDictionary<string, ComposedPage>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.html"))
        {
            if (Path.GetFileName(file) != LayoutFile)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                pages.Add(name, ComposedPage.Of(Compose(layout, File.ReadAllText(file), name)));
            }
        }
        return new DashboardPages(pages);
    }

    /// <summary>The composed HTML of the page <paramref name="name"/>, such as <c>index</c> or <c>ally</c>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such page.</exception>
    public string Html(string name) => _pages.TryGetValue(name, out var page)
        ? page.Html
        : throw new KeyNotFoundException($"There is no dashboard page '{name}'; the pages are {string.Join(", ", Names)}.");

    /// <summary>The address the navigation links a page at: <c>./</c> for the index, <c>NAME.html</c> for the others.</summary>
    public static string Href(string name) => name == IndexPage ? "./" : name + ".html";

    /// <summary>
    /// Fills the layout with a page: what comes before the page's <c>&lt;main&gt;</c> line (title, description, scripts)
    /// goes into the head, the <c>&lt;main&gt;</c> element into the body, and the content of the <c>&lt;footer&gt;</c> after
    /// it into the shared footer; the page's link in the navigation gets <c>aria-current="page"</c>. A page's parts are
    /// copied as they are, indentation included, so that <c>&lt;pre&gt;</c> blocks keep their text.
    /// </summary>
    /// <exception cref="InvalidDataException">The layout or the page lacks a part; the message names it.</exception>
    public static string Compose(string layout, string page, string name)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(page);
        var file = name + ".html";
        var mainAt = page.IndexOf("<main", StringComparison.Ordinal);
        var mainEnd = mainAt < 0 ? -1 : page.IndexOf("</main>", mainAt, StringComparison.Ordinal);
        if (mainEnd < 0)
        {
            throw new InvalidDataException($"The dashboard page {file} has no <main> element; put the page's content in one.");
        }
        mainEnd += "</main>".Length;
        var mainStart = page.LastIndexOf('\n', mainAt) + 1;
        var head = page[..mainStart].Trim('\r', '\n').TrimEnd();
        if (!head.Contains("<title>", StringComparison.Ordinal) || !head.Contains("<meta name=\"description\"", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The dashboard page {file} needs a <title> and a <meta name=\"description\"> before its <main>.");
        }
        var footerAt = page.IndexOf("<footer>", mainEnd, StringComparison.Ordinal);
        var footerEnd = footerAt < 0 ? -1 : page.IndexOf("</footer>", footerAt, StringComparison.Ordinal);
        if (footerEnd < 0 || !string.IsNullOrWhiteSpace(page[(footerEnd + "</footer>".Length)..]))
        {
            throw new InvalidDataException($"The dashboard page {file} must end with a <footer> after its <main>, giving the sources of its data.");
        }
        var credit = page[(footerAt + "<footer>".Length)..footerEnd];

        var html = FillLine(layout, HeadSlot, head);
        html = FillLine(html, MainSlot, page[mainStart..mainEnd]);
        html = Fill(html, CreditSlot, credit);
        return MarkCurrent(html, name);
    }

    /// <summary>Serves each page at its address, and the index at <c>/</c> too, with the static files' caching.</summary>
    public void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var (name, page) in _pages)
        {
            RequestDelegate serve = context => Serve(context, page);
            foreach (var path in name == IndexPage ? ["/", "/index.html"] : new[] { $"/{name}.html" })
            {
                endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], serve).ExcludeFromDescription();
            }
        }
    }

    private static Task Serve(HttpContext context, ComposedPage page)
    {
        var response = context.Response;
        // As for the static files: the browser asks again every time, and the ETag turns an unchanged page into a 304.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = page.ETag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(page.ETag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(page.Bytes, context.RequestAborted).AsTask();
    }

    // Replaces the slot's whole line, indentation included: the content brings its own.
    private static string FillLine(string layout, string slot, string content)
    {
        var at = SlotIndex(layout, slot);
        var lineStart = layout.LastIndexOf('\n', at) + 1;
        return string.Concat(layout.AsSpan(0, lineStart), content, layout.AsSpan(at + slot.Length));
    }

    private static string Fill(string layout, string slot, string content)
    {
        var at = SlotIndex(layout, slot);
        return string.Concat(layout.AsSpan(0, at), content, layout.AsSpan(at + slot.Length));
    }

    private static int SlotIndex(string layout, string slot)
    {
        var at = layout.IndexOf(slot, StringComparison.Ordinal);
        return at >= 0 ? at : throw new InvalidDataException($"The dashboard layout {LayoutFile} has no {slot}; it needs one for every page.");
    }

    // Only the navigation's link is marked: the footer links to About as well.
    private static string MarkCurrent(string html, string name)
    {
        var navStart = html.IndexOf("<nav", StringComparison.Ordinal);
        var navEnd = navStart < 0 ? -1 : html.IndexOf("</nav>", navStart, StringComparison.Ordinal);
        var link = $"<a href=\"{Href(name)}\"";
        var at = navEnd < 0 ? -1 : html.IndexOf(link, navStart, navEnd - navStart, StringComparison.Ordinal);
        // A page the navigation does not list has no current link.
        return at < 0 ? html : html.Insert(at + link.Length, " aria-current=\"page\"");
    }

    private sealed record ComposedPage(string Html, byte[] Bytes, EntityTagHeaderValue ETag)
    {
        public static ComposedPage Of(string html)
        {
            var bytes = Encoding.UTF8.GetBytes(html);
            return new ComposedPage(html, bytes, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8)}\""));
        }
    }
}
