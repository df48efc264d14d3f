// Draws a claimgraph view with vis-network. Every text from the data goes in with textContent, never as markup.
// Like pyvis pages, the page keeps its vis-network instance and data sets in globals: network, nodes, edges.
var network;
var nodes;
var edges;

(function () {
  "use strict";

  function line(parent, className, text) {
    var element = document.createElement("div");
    element.className = className;
    element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  function claimLines(parent, claim) {
    var item = document.createElement("div");
    item.className = "cg-tip-claim";
    line(item, "cg-tip-statement", claim.statement);
    if (claim.quote) {
      line(item, "cg-tip-quote", "\u201c" + claim.quote + "\u201d");
    }
    var meta = "Claimant: " + claim.claimant;
    if (claim.stated) { meta += " \u00b7 stated " + claim.stated; }
    if (claim.about) { meta += " \u00b7 about " + claim.about; }
    meta += " \u00b7 verdict: " + claim.verdict;
    line(item, "cg-tip-meta", meta);
    parent.appendChild(item);
  }

  function describe(info) {
    var box = document.createElement("div");
    box.className = "cg-tip";
    if (info.heading) { line(box, "cg-tip-heading", info.heading); }
    (info.lines || []).forEach(function (text) { line(box, "cg-tip-line", text); });
    (info.claims || []).forEach(function (claim) { claimLines(box, claim); });
    if (info.more) {
      line(box, "cg-tip-more", "\u2026 and " + info.more + " more claim" + (info.more === 1 ? "" : "s") + ".");
    }
    return box;
  }

  function status(text) {
    var element = document.getElementById("cg-status");
    if (element) { element.textContent = text; }
  }

  function ready() {
    document.body.setAttribute("data-network", "ready");
    status("Ready.");
  }

  var data = JSON.parse(document.getElementById("cg-view-data").textContent);
  data.nodes.forEach(function (node) { if (node.info) { node.title = describe(node.info); } });
  data.edges.forEach(function (edge) { if (edge.info) { edge.title = describe(edge.info); } });
  nodes = new vis.DataSet(data.nodes);
  edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  network.on("stabilizationProgress", function (params) {
    status("Laying out\u2026 " + Math.round(100 * params.iterations / params.total) + "%");
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    ready();
  });
  if (data.nodes.length === 0) {
    status("Nothing to show.");
    document.body.setAttribute("data-network", "ready");
  }

  network.on("click", function (params) {
    var details = document.getElementById("cg-details");
    if (params.nodes.length > 0) {
      var node = nodes.get(params.nodes[0]);
      if (node && node.url) {
        (window.top || window).location.href = node.url;
        return;
      }
      if (node && node.info) { details.replaceChildren(describe(node.info)); }
    } else if (params.edges.length > 0) {
      var edge = edges.get(params.edges[0]);
      if (edge && edge.info) { details.replaceChildren(describe(edge.info)); }
    }
  });
}());
