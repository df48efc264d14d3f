/* The SPARQL editor: YASGUI on this service's own endpoint, with nothing fetched from any other origin.
   YASGUI asks prefix.cc for prefixes and the LOV service for classes and properties while one types; here prefixes
   come from the endpoint's own list and the other two are off. The chart is a bar chart drawn here, in SVG. */
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("sparql-editor-config").textContent);
  const endpoint = new URL("/sparql", window.location.href).href;
  const Yasqe = Yasgui.Yasqe;
  const Yasr = Yasgui.Yasr;
  const SVG = "http://www.w3.org/2000/svg";
  const NUMERIC = /^http:\/\/www\.w3\.org\/2001\/XMLSchema#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|negativeInteger|nonPositiveInteger|unsignedLong|unsignedInt|unsignedShort|unsignedByte)$/;
  const MAX_BARS = 200;
  const CUT_HEADER = config.cut_header; // set on an answer the service cut at its row cap; its value is the cap

  Yasqe.Autocompleters.prefixes.get = () =>
    Object.entries(config.prefixes).map(([prefix, iri]) => `${prefix}: <${iri}>`).sort();
  Yasqe.defaults.autocompleters = ["prefixes", "variables"];

  function svg(name, attributes) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, String(value));
    return element;
  }

  function isNumber(binding) {
    return !!binding && binding.type !== "uri" && NUMERIC.test(binding.datatype || "") && Number.isFinite(Number(binding.value));
  }

  function shortLabel(binding) {
    if (!binding) return "";
    if (binding.type === "uri") return binding.value.replace(/^.*[/#](?=[^/#]+$)/, "");
    return binding.value;
  }

  /** A YASR view: a bar chart of a numeric column, one bar a row, labelled by another column. */
  class BarChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
      this.choice = {};
    }

    numericColumns() {
      const bindings = this.yasr.results && this.yasr.results.getBindings && this.yasr.results.getBindings();
      if (!bindings || !bindings.length) return [];
      return this.yasr.results.getVariables().filter(
        (variable) => bindings.some((row) => row[variable]) && bindings.every((row) => !row[variable] || isNumber(row[variable]))
      );
    }

    canHandleResults() {
      return this.numericColumns().length > 0;
    }

    getIcon() {
      const icon = svg("svg", { viewBox: "0 0 16 16", width: 15, height: 15, "aria-hidden": "true" });
      for (const [x, height] of [[1, 7], [6, 12], [11, 4]]) icon.appendChild(svg("rect", { x, y: 15 - height, width: 4, height }));
      return icon;
    }

    select(name, options, chosen, onChange) {
      const label = document.createElement("label");
      label.textContent = name + " ";
      const select = document.createElement("select");
      select.name = name.toLowerCase();
      for (const option of options) {
        const element = document.createElement("option");
        element.value = option;
        element.textContent = option || "(row number)";
        element.selected = option === chosen;
        select.appendChild(element);
      }
      select.addEventListener("change", () => onChange(select.value));
      label.appendChild(select);
      return label;
    }

    draw() {
      const variables = this.yasr.results.getVariables();
      const numeric = this.numericColumns();
      const value = numeric.includes(this.choice.value) ? this.choice.value : numeric[0];
      const labels = ["", ...variables.filter((variable) => variable !== value)];
      const fallback = variables.find((variable) => !numeric.includes(variable)) || "";
      const label = labels.includes(this.choice.label) ? this.choice.label : fallback;
      const redraw = (key) => (chosen) => {
        this.choice[key] = chosen;
        this.yasr.resultsEl.replaceChildren();
        this.draw();
      };
      const root = document.createElement("div");
      root.className = "cg-chart";
      const controls = document.createElement("p");
      controls.append(this.select("Value", numeric, value, redraw("value")), " ", this.select("Label", labels, label, redraw("label")));
      root.appendChild(controls);

      const rows = this.yasr.results.getBindings().filter((row) => isNumber(row[value]));
      const shown = rows.slice(0, MAX_BARS);
      const numbers = shown.map((row) => Number(row[value].value));
      const low = Math.min(0, ...numbers);
      const high = Math.max(0, ...numbers);
      const span = high - low || 1;
      const [labelWidth, barArea, rowHeight, width] = [260, 560, 22, 960];
      const zero = labelWidth + ((0 - low) / span) * barArea;
      const chart = svg("svg", { viewBox: `0 0 ${width} ${shown.length * rowHeight + 4}`, width: "100%", role: "img" });
      chart.setAttribute("aria-label", `${value} by ${label || "row number"}`);
      shown.forEach((row, index) => {
        const number = numbers[index];
        const y = index * rowHeight + 2;
        const name = label ? shortLabel(row[label]) : String(index + 1);
        const group = svg("g", { class: "bar" });
        const title = svg("title");
        title.textContent = `${name}: ${row[value].value}`;
        group.appendChild(title);
        const text = svg("text", { x: labelWidth - 8, y: y + rowHeight * 0.68, "text-anchor": "end" });
        text.textContent = name.length > 38 ? name.slice(0, 37) + "…" : name;
        const left = Math.min(zero, labelWidth + ((number - low) / span) * barArea);
        const barWidth = Math.abs((number / span) * barArea);
        const bar = svg("rect", { x: left, y: y + 2, width: barWidth, height: rowHeight - 6, "data-value": row[value].value });
        const figure = svg("text", { x: left + barWidth + 6, y: y + rowHeight * 0.68, class: "figure" });
        figure.textContent = Number.isInteger(number) ? number.toLocaleString("en") : number.toPrecision(4);
        group.append(title, text, bar, figure);
        chart.appendChild(group);
      });
      chart.appendChild(svg("line", { x1: zero, x2: zero, y1: 0, y2: shown.length * rowHeight + 4, class: "axis" }));
      root.appendChild(chart);
      if (rows.length > shown.length) {
        const note = document.createElement("p");
        note.textContent = `The first ${shown.length} of ${rows.length} rows.`;
        root.appendChild(note);
      }
      this.yasr.resultsEl.appendChild(root);
    }
  }
  Yasr.registerPlugin("chart", BarChart);

  const yasgui = new Yasgui(document.getElementById("sparql-editor"), {
    requestConfig: { endpoint, method: "POST", acceptHeaderGraph: "text/turtle,*/*;q=0.9" },
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    persistenceId: "claimgraph-sparql",
    autoAddOnInit: false,
    populateFromUrl: (tab) => ({ ...tab, requestConfig: { ...tab.requestConfig, endpoint } }),
    yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table" },
  });
  const open = new Set();
  for (const id of yasgui.persistentConfig.getTabs()) {
    const tab = yasgui.getTab(id);
    if (tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
    open.add(tab.getName());
  }
  for (const example of config.examples) {
    if (open.has(example.name)) continue;
    yasgui.addTab(!yasgui.getTab(), { name: example.name, yasqe: { value: example.text }, requestConfig: { endpoint } });
  }
  window.yasgui = yasgui; // for the browser tests and the console

  // An answer the service cut at its row cap says so (the cap in a header), so that no one takes its rows for all.
  const cutNote = document.getElementById("answer-cut");
  const cutAt = new Map(); // tab id -> the cap that cut its last answer
  const watched = new WeakSet();
  function showCut(id) {
    const cap = cutAt.get(id);
    cutNote.textContent = cap
      ? `Not every row: the service sends at most ${cap} rows of an answer, and cut this one there. Narrow the query, or page through it with LIMIT and OFFSET.`
      : "";
  }
  yasgui.on("query", (_yasgui, tab) => {
    const yasqe = tab.getYasqe();
    if (watched.has(yasqe)) return;
    watched.add(yasqe);
    yasqe.on("queryResponse", (_yasqe, response) => {
      const cap = response && response.header ? response.header[CUT_HEADER] : undefined;
      if (cap) cutAt.set(tab.getId(), cap);
      else cutAt.delete(tab.getId());
      if (yasgui.getTab() === tab) showCut(tab.getId());
    });
  });
  yasgui.on("tabSelect", (_yasgui, id) => showCut(id));

  const status = document.getElementById("download-status");
  async function download(button) {
    const tab = yasgui.getTab();
    status.textContent = "";
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { Accept: button.dataset.mediaType, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: tab.getQuery() }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status.textContent = `Not downloaded: ${problem.detail || response.statusText}`;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `${tab.getName().replace(/[^\w.-]+/g, "-")}.${button.dataset.extension}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    const cap = response.headers.get(CUT_HEADER);
    status.textContent = cap ? `Downloaded ${link.download}: its first ${cap} rows, where the service cut the answer.` : `Downloaded ${link.download}.`;
  }
  for (const button of document.querySelectorAll("#downloads button")) {
    button.addEventListener("click", () => download(button).catch((error) => (status.textContent = `Not downloaded: ${error}`)));
  }
})();
