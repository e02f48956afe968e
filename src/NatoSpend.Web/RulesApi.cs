using NatoSpend.Reporting;
using System.Text.Json.Nodes;
using NatoSpend.Domain.Paths;
using NatoSpend.Domain.Rules;
using NatoSpend.Reporting.Paths;
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
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static DataResult List(DataSources sources) => DataResult.Json(new JsonObject
    {
        ["default"] = Data.Rules.RuleSetReader.DefaultId,
        ["rules"] = new JsonArray([.. sources.RuleIds.Select(id =>
        {
            var rules = sources.Rules(id);
            var json = RuleSetJson.Build(rules);
            json["default_shape"] = PathShapes.Name(rules.DefaultShape);
            return (JsonNode)json;
        })]),
        ["shapes"] = new JsonArray([.. PathShapes.All.Select(s => (JsonNode)PathShapes.Name(s))]),
    });
}
