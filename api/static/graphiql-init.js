// GraphiQL for ClaimGraph's /graphql, from the vendored bundles (no CDN, no inline script).
(function () {
  "use strict";
  var DEFAULT_QUERY = [
    "# ClaimGraph GraphiQL: Ctrl-Enter runs the query.",
    "{",
    "  disputes(first: 5) {",
    "    nodes { caption status openedAt parties { name } }",
    "  }",
    "}",
    "",
  ].join("\n");
  var url = window.location.origin + window.location.pathname;
  var params = new URLSearchParams(window.location.search);
  var wsUrl = url.replace(/^http/, "ws");
  var fetcher = GraphiQL.createFetcher({ url: url, subscriptionUrl: wsUrl });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      query: params.get("query") || undefined,
      variables: params.get("variables") || undefined,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    })
  );
})();
