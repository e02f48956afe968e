using System.Collections.Concurrent;
using NatoSpend.Reporting.Inputs;
using NatoSpend.Data.Capability;
using NatoSpend.Data.Editions;
using NatoSpend.Data.Eu;
using NatoSpend.Data.Macro;
using NatoSpend.Data.Plans;
using NatoSpend.Data.Rules;
using NatoSpend.Data.Ukraine;
using NatoSpend.Domain.Capability;
using NatoSpend.Domain.Editions;
using NatoSpend.Domain.Fiscal;
using NatoSpend.Domain.Measures;
using NatoSpend.Domain.Plans;
using NatoSpend.Domain.Projections;
using NatoSpend.Domain.Rules;
using NatoSpend.Domain.Simulation;
using NatoSpend.Domain.Ukraine;
using NatoSpend.Reporting.Capability;
using NatoSpend.Reporting.Plans;
using NatoSpend.Reporting.Rules;
using NatoSpend.Reporting.Simulation;
using NatoSpend.Reporting.Ukraine;

namespace NatoSpend.Reporting;

/// <summary>The data files the use cases read besides the editions, each read once on first use: the data do not change while the app runs.</summary>
public sealed class DataSources(DataCatalog catalog)
{
    private readonly Lazy<UkraineLedger> _ukraine = new(() => KielReader.Read(catalog.Folder));
    private readonly Lazy<UnitCostBook> _unitCosts = new(() => UnitCostReader.Read(catalog.Folder, null));
    private readonly Lazy<IReadOnlyList<ShippedPlan>> _plans = new(() => [.. PlanReader.ShippedFiles(catalog.Folder)
        .Select(f => new ShippedPlan(f, PlanReader.ReadFile(catalog.Folder.PathOf(f), f)))]);
    private readonly Lazy<SimulationParameters> _simulation = new(() => Calibration.Calibrate(catalog.LoadHistory(), CalibrationOptions.Default));
    private readonly ConcurrentDictionary<string, RuleSet> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<EuFiscalFacts> _eu = new(() => EuFactsReader.Read(catalog.Folder));
    private readonly ConcurrentDictionary<string, Lazy<FiscalOutlook>> _fiscal = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<WeoLens>> _lenses = new(StringComparer.Ordinal);
    private readonly Lazy<PersonnelSeries> _worldBankPersonnel = new(() => WorldBankPersonnelReader.Read(catalog.Folder));

    /// <summary>The catalog of editions.</summary>
    public DataCatalog Catalog => catalog;

    /// <summary>The IMF WEO vintage a client names for GDP and exchange rates beyond the editions (the newest by default).</summary>
    /// <exception cref="Inputs.InputException">No outlook has the id.</exception>
    public MacroOutlook Outlook(string? id = null) => Input.Read(() => catalog.LoadOutlook(id));

    /// <summary>A NATO edition by id (<c>null</c> for the newest); from the command line a SIPRI id points to <c>compare --source sipri</c>.</summary>
    /// <exception cref="InputException">No NATO edition has the id.</exception>
    public EditionData Edition(string? id, Face face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return Input.Read(() => catalog.LoadNato(id, face.IsCli ? "'natospend compare --source sipri'" : null));
    }

    /// <summary>Kiel's Ukraine Support Tracker.</summary>
    public UkraineLedger Ukraine => _ukraine.Value;

    /// <summary>The shipped unit costs (service member, brigade) with their sources.</summary>
    public UnitCostBook UnitCosts => _unitCosts.Value;

    /// <summary>The real national plans shipped in <c>data/plans</c>.</summary>
    public IReadOnlyList<ShippedPlan> Plans => _plans.Value;

    /// <summary>The simulation's parameters, calibrated on the IMF WEO history as <c>natospend simulate</c> does without <c>--parameters</c>.</summary>
    public SimulationParameters Simulation => _simulation.Value;

    /// <summary>The IMF WEO series of an outlook (the newest by default) that the PPP lens and the derived measures read, for every country in it.</summary>
    /// <exception cref="Inputs.InputException">No outlook has the id.</exception>
    public WeoLens Lens(string? outlookId = null)
    {
        var outlook = Input.Read(() => catalog.FindOutlook(outlookId));
        return _lenses.GetOrAdd(outlook.Id, _ => new Lazy<WeoLens>(() => WeoLensReader.Read(catalog.Folder, outlook.Files[0]))).Value;
    }

    /// <summary>The World Bank's armed forces personnel (to 2016), for a country NATO's edition has no personnel for.</summary>
    public PersonnelSeries WorldBankPersonnel => _worldBankPersonnel.Value;

    /// <summary>The ids of the shipped rule sets.</summary>
    public IReadOnlyList<string> RuleIds => RuleSetReader.ShippedIds(catalog.Folder);

    /// <summary>A rule set by id (<c>null</c> for the default), or from the command line the path of a JSON rule file; the API never reads a file a client names.</summary>
    /// <exception cref="Inputs.InputException">No rule set has the id (or, from the command line, no rule file is at the path).</exception>
    public RuleSet Rules(string? id, Face? face = null)
    {
        var key = string.IsNullOrWhiteSpace(id) ? RuleSetReader.DefaultId : id.Trim();
        if (face?.ReadsRuleFiles == true)
        {
            return _rules.GetOrAdd(key, k => Input.Read(() => RuleSetReader.Load(catalog.Folder, k)));
        }
        if (_rules.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var rules = Input.Read(() => RuleSetReader.LoadShipped(catalog.Folder, key));
        _rules[key] = rules;
        return rules;
    }

    /// <summary>The EU's fiscal facts on defence: the national escape clause's activations and the SAFE loan allocations.</summary>
    public EuFiscalFacts Eu => _eu.Value;

    /// <summary>The general-government accounts of the outlook a client names (the newest by default), read on first use.</summary>
    /// <exception cref="Inputs.InputException">No outlook has the id.</exception>
    public FiscalOutlook Fiscal(string? id = null)
    {
        var outlook = Input.Read(() => catalog.FindOutlook(id));
        return _fiscal.GetOrAdd(outlook.Id, _ => new Lazy<FiscalOutlook>(() => WeoFiscalReader.Read(catalog.Folder, outlook.Files[0], outlook.Id))).Value;
    }
}

/// <summary>A real plan shipped with NatoSpend.</summary>
/// <param name="File">Its file, relative to the data folder (<c>plans/deu-2025-06.csv</c>).</param>
/// <param name="Plan">The plan.</param>
public sealed record ShippedPlan(string File, Plan Plan);
