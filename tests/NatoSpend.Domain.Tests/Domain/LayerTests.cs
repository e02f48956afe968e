using System.Reflection;

namespace NatoSpend.Tests.Domain;

/// <summary>The layers as ARCHITECTURE.md draws them: the domain's tests load no web framework, and the domain references no JSON library.</summary>
public sealed class LayerTests
{
    [Fact]
    public void DomainTestsReferenceNeitherTheCliNorTheWebFramework()
    {
        var referenced = Closure(typeof(LayerTests).Assembly).Select(a => a.Name!).ToArray();

        Assert.Contains("NatoSpend.Domain", referenced);
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, n => n is "natospend" or "NatoSpend.Web" or "NatoSpend.Export");
    }

    [Fact]
    public void DomainReferencesNoJsonLibraryAndOnlyItsOwnPackages()
    {
        var referenced = typeof(NatoSpend.Domain.ShareOfGdp).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(referenced, n => n.Contains("Json", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(referenced, n => n.StartsWith("NatoSpend.", StringComparison.Ordinal));
    }

    // Every NatoSpend and framework assembly reachable from the test assembly's references.
    private static IReadOnlyCollection<AssemblyName> Closure(Assembly start)
    {
        var seen = new Dictionary<string, AssemblyName>(StringComparer.Ordinal);
        var queue = new Queue<AssemblyName>(start.GetReferencedAssemblies());
        while (queue.TryDequeue(out var name))
        {
            if (!seen.TryAdd(name.Name!, name) || !name.Name!.StartsWith("NatoSpend", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var next in Assembly.Load(name).GetReferencedAssemblies())
            {
                queue.Enqueue(next);
            }
        }
        return [.. seen.Values];
    }
}
