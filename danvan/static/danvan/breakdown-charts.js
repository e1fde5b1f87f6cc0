// Breakdown charts of the statistics pages (movement, petitions…), drawn from a json_script block (allowed by
// the CSP): the block `<name>-chart-data` holds {key: [{name, value}]}, and each key is drawn into the element
// `chart-<key>` when the page has one — a bar chart, or a ring when that element carries `data-pie`.
(function () {
  "use strict";

  function draw(holder, rows) {
    if (!rows || !rows.length) { return; }
    var chart = window.echarts.init(holder);
    if (holder.hasAttribute("data-pie")) {
      chart.setOption({ animation: false, tooltip: { trigger: "item" },
                        series: [{ type: "pie", radius: ["35%", "65%"], data: rows, label: { formatter: "{b}: {c}" } }] });
    } else {
      chart.setOption({
        animation: false, grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true }, tooltip: { trigger: "axis" },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", inverse: true, data: rows.map(function (r) { return r.name; }),
                 axisLabel: { width: 160, overflow: "break" } },
        series: [{ type: "bar", data: rows.map(function (r) { return r.value; }), itemStyle: { color: "#b3261e" },
                   label: { show: true, position: "right" } }]
      });
    }
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function init() {
    if (typeof window.echarts === "undefined") { return; }
    document.querySelectorAll('script[type="application/json"][id$="-chart-data"]').forEach(function (source) {
      var data = JSON.parse(source.textContent);
      Object.keys(data).forEach(function (key) {
        var holder = document.getElementById("chart-" + key);
        if (holder) { draw(holder, data[key]); }
      });
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
