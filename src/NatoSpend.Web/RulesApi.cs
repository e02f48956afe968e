using NatoSpend.Reporting;
using NatoSpend.Reporting.Rules;
using NatoSpend.Web.Http;

namespace NatoSpend.Web;

/// <summary><c>/api/v1/rules</c>: the shipped rule sets (pledges as data) and the path shapes, for choosing the <c>rules</c> and <c>shape</c> parameters.</summary>
public static class RulesApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/rules", List)
            .WithTags("Rules")
            .WithName("ListRules")
            .WithSummary("The shipped rule sets with their targets, deadline, review year and minimum step, the default rule set, and the path shapes.")
            .ProducesAnswer<RuleSetsAnswer>();
    }

    private static DataResult List(DataSources sources) => DataResult.Json(RulesVerb.Run(sources));
}
