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
            label: "data(caption)", "font-size": 12, "text-wrap": "wrap", "text-max-width": 160,
            "text-valign": "bottom", "text-margin-y": 4, color: "#222", width: 28, height: 28,
          },
        },
        { selector: "node[label = 'Dispute']", style: { width: 56, height: 56, "font-size": 14, "font-weight": "bold" } },
        { selector: "node[label = 'Claim']", style: { shape: "round-rectangle", "text-wrap": "ellipsis", "text-max-width": 125 } },
        { selector: "node[label = 'Article']", style: { shape: "rectangle", "text-wrap": "ellipsis", "text-max-width": 140 } },
        {
          selector: "edge",
          style: {
            width: 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb", "target-arrow-shape": "triangle",
            "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#888",
            "text-rotation": "autorotate",
          },
        },
        { selector: "edge[label = 'DISPUTES']", style: { "line-color": "#d1495b", "target-arrow-color": "#d1495b", width: 2.5 } },
      ];
      var cy = cytoscape({
        container: box, elements: graph.elements, style: style,
        // the dispute on top, its claims and subjects below it, then who made them and where
        layout: {
          name: "breadthfirst", animate: false, padding: 10, spacingFactor: 1.1,
          roots: [graph.elements[0].data.id], directed: false,
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
