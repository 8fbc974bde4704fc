// Boots GraphiQL in the playground page. React, ReactDOM and GraphiQL are the
// UMD globals loaded just before this file (all from this server); the endpoint
// and the example tabs come from the JSON block the server put in the page, so
// this file has no inline twin and the page can forbid inline scripts (CSP).
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var props = {
    fetcher: fetcher,
    defaultTabs: config.tabs,
    defaultEditorToolsVisibility: true,
    // An API key typed into the headers editor stays in this tab only.
    shouldPersistHeaders: false,
  };
  // GraphiQL 3 fills the editors of the first tab from defaultTabs' query but not
  // its variables; hand them over on a first visit (later visits restore the
  // tabs GraphiQL saved, which we must not overwrite).
  if (!savedTabs() && config.tabs.length > 0 && config.tabs[0].variables) {
    props.variables = config.tabs[0].variables;
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));

  function savedTabs() {
    try {
      return window.localStorage.getItem('graphiql:tabState');
    } catch (e) {
      return null; // storage disabled: GraphiQL starts from defaultTabs too
    }
  }
})();
