// A dispute's neighbourhood drawn with Cytoscape.js from /disputes/<id>/graph.json.
// Captions are drawn on the canvas as text; clicking a dispute or entity opens its page.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape === "undefined") return;
  var COLOURS = {
    Dispute: "#d1495b", Claim: "#edae49", Person: "#00798c", Organization: "#30638e",
    Model: "#6a4c93", Benchmark: "#8ab17d", Article: "#9e9e9e",
  };
  var RING = { Dispute: 4, Claim: 3, Person: 2, Organization: 2, Model: 1, Benchmark: 1, Article: 1 };
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) throw new Error("graph: HTTP " + response.status);
      return response.json();
    })
    .then(function (graph) {
      var style = [
        {
          selector: "node",
          style: {
            "background-color": function (n) { return COLOURS[n.data("label")] || "#777"; },
            label: "data(caption)", "font-size": 9, "text-wrap": "wrap", "text-max-width": 140,
            "text-valign": "bottom", "text-margin-y": 3, color: "#222", width: 22, height: 22,
          },
        },
        { selector: "node[label = 'Dispute']", style: { width: 42, height: 42, "font-size": 11, "font-weight": "bold" } },
        { selector: "node[label = 'Claim']", style: { shape: "round-rectangle", "text-wrap": "ellipsis", "text-max-width": 150 } },
        { selector: "node[label = 'Article']", style: { shape: "rectangle", "text-wrap": "ellipsis", "text-max-width": 120 } },
        {
          selector: "edge",
          style: {
            width: 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb", "target-arrow-shape": "triangle",
            "curve-style": "bezier", label: "data(label)", "font-size": 7, color: "#888",
            "text-rotation": "autorotate",
          },
        },
        { selector: "edge[label = 'DISPUTES']", style: { "line-color": "#d1495b", "target-arrow-color": "#d1495b", width: 2.5 } },
      ];
      var cy = cytoscape({
        container: box, elements: graph.elements, style: style,
        // the dispute in the middle, its claims around it, then who made them and where
        layout: {
          name: "concentric", animate: false, padding: 30, minNodeSpacing: 45,
          concentric: function (n) { return RING[n.data("label")] || 1; },
          levelWidth: function () { return 1; },
        },
      });
      cy.on("tap", "node", function (evt) {
        var href = evt.target.data("href");
        if (href) window.location.assign(href);
      });
      box.dataset.drawn = String(cy.nodes().length);
    })
    .catch(function (error) {
      box.textContent = "The graph could not be drawn: " + error.message;
      box.dataset.drawn = "error";
    });
})();
