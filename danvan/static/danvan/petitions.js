// Petition statistics: one chart per breakdown, drawn from a json_script block (allowed by the CSP).
(function () {
  "use strict";

  function draw(id, rows, pie) {
    var holder = document.getElementById(id);
    if (!holder || !rows || !rows.length) { return; }
    var chart = window.echarts.init(holder);
    if (pie) {
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
    var source = document.getElementById("petitions-chart-data");
    if (!source || typeof window.echarts === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    draw("chart-by_kind", data.by_kind, false);
    draw("chart-timeliness", data.timeliness, true);
    draw("chart-by_channel", data.by_channel, false);
    draw("chart-by_topic", data.by_topic, false);
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
