// Roll-up bar chart: reads its data from a json_script block (not executed, so allowed by the CSP),
// draws one indicator across the child units, and drills down when a bar is clicked.
(function () {
  "use strict";

  function formatVi(value) {
    if (value === null || value === undefined) { return "—"; }
    return Number(value).toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  }

  function draw(chart, data, code) {
    var indicator = data.indicators.filter(function (i) { return i.code === code; })[0] || data.indicators[0];
    var names = data.children.map(function (c) { return c.name; });
    var values = data.children.map(function (c) {
      var v = c.values[indicator.code];
      return v === null || v === undefined ? 0 : v;
    });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: formatVi },
      xAxis: { type: "value", axisLabel: { formatter: formatVi } },
      yAxis: { type: "category", data: names, inverse: true,
               // Long names ("Đảng ủy phường Duy Tiên") wrap onto a second line rather than being cut,
               // so two communes whose names share a beginning stay distinguishable.
               axisLabel: { width: 190, overflow: "break", lineHeight: 14 } },
      series: [{ type: "bar", name: indicator.name + " (" + indicator.uom + ")", data: values,
                 itemStyle: { color: "#b3261e" }, cursor: "pointer",
                 label: { show: true, position: "right", formatter: function (p) { return formatVi(p.value); } } }]
    }, true);
  }

  function init() {
    var holder = document.getElementById("rollup-chart");
    var source = document.getElementById("rollup-chart-data");
    if (!holder || !source || typeof window.echarts === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    if (!data.children || !data.children.length) { return; }
    // One bar per child: give each bar room, so long lists stay readable on a phone.
    holder.style.height = Math.max(240, 36 * data.children.length + 60) + "px";
    var chart = window.echarts.init(holder, null, { renderer: "svg" });
    var select = document.getElementById("chart-indicator");
    var current = select ? select.value : data.indicators[0].code;
    // Start with the first indicator that has any figure.
    for (var i = 0; i < data.indicators.length; i++) {
      var code = data.indicators[i].code;
      if (data.children.some(function (c) { return c.values[code] !== null && c.values[code] !== undefined; })) {
        current = code;
        break;
      }
    }
    if (select) {
      select.value = current;
      select.addEventListener("change", function () { draw(chart, data, select.value); });
    }
    draw(chart, data, current);
    chart.on("click", function (params) {
      var child = data.children[params.dataIndex];
      if (child && child.url) { window.location.href = child.url; }
    });
    window.addEventListener("resize", function () { chart.resize(); });
    holder.setAttribute("data-ready", "1");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
