using System.Text.Json.Serialization;

namespace NatoSpend.Web.Http;

/// <summary>The JSON request bodies' contracts, generated at compile time like the answers' (the native tool has no reflection to read JSON with).</summary>
[JsonSerializable(typeof(SimulateRequest))]
internal sealed partial class RequestJsonContext : JsonSerializerContext;
