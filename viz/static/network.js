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

  var data = JSON.parse(document.getElementById("cg-view-data").textContent);
  var tips = data.tips || {};  // the claims read so far, by id; null for one the service did not answer

  function claimList(list, ids, note) {
    list.replaceChildren();
    ids.forEach(function (id) {
      if (tips[id]) {
        claimLines(list, tips[id]);
      } else {
        line(list, "cg-tip-claim cg-tip-pending", "Claim " + id + (tips[id] === null ? " (no longer on the record)" : note));
      }
    });
  }

  function read(ids, done) {
    var wanted = ids.filter(function (id) { return !(id in tips); });
    if (wanted.length === 0) { done(""); return; }
    var url = new URL(data.tips_url, window.location.href);
    wanted.forEach(function (id) { url.searchParams.append("id", id); });
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("the service answered " + response.status); }
        return response.json();
      })
      .then(function (answer) {
        answer.claims.forEach(function (claim) { tips[claim.id] = claim; });
        wanted.forEach(function (id) { if (!(id in tips)) { tips[id] = null; } });
        done("");
      })
      .catch(function (error) { done(" (could not be read: " + error.message + ")"); });
  }

  function describe(info) {
    var box = document.createElement("div");
    box.className = "cg-tip";
    if (info.heading) { line(box, "cg-tip-heading", info.heading); }
    (info.lines || []).forEach(function (text) { line(box, "cg-tip-line", text); });
    var ids = info.claims || [];
    var list = document.createElement("div");
    box.appendChild(list);
    var unread = ids.some(function (id) { return !(id in tips); });
    claimList(list, ids, unread && data.tips_url ? " (reading\u2026)" : "");
    if (unread && data.tips_url) {
      box.cgRead = function () {
        box.cgRead = null;  // once: a failure is shown until the page is loaded again
        read(ids, function (note) { claimList(list, ids, note); });
      };
    }
    if (info.more) {
      line(box, "cg-tip-more", "\u2026 and " + info.more + " more claim" + (info.more === 1 ? "" : "s") + ".");
    }
    return box;
  }

  function readShown(box) {
    if (box && box.cgRead) { box.cgRead(); }
  }

  function status(text) {
    var element = document.getElementById("cg-status");
    if (element) { element.textContent = text; }
  }

  function ready() {
    document.body.setAttribute("data-network", "ready");
    status("Ready.");
  }

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

  network.on("showPopup", function (id) {
    var edge = edges.get(id);
    if (edge) { readShown(edge.title); }
  });

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
      if (edge && edge.info) {
        var box = describe(edge.info);
        details.replaceChildren(box);
        readShown(box);
      }
    }
  });
}());
