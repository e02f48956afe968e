using NatoSpend.Web;

var app = NatoSpendWeb.Build(args);
await app.StartAsync();
NatoSpendWeb.PrintAddresses(app, Console.Out);
await app.WaitForShutdownAsync();

/// <summary>The entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
