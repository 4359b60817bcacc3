// The console's dashboard: draws each chart from the JSON on its canvas (data-chart), with Chart.js
// from its WebJar. No inline script (the page's CSP allows only our own files); the table under each
// chart holds the same figures for readers without a canvas and for the CSV.
(function () {
  'use strict';

  var COLOURS = ['#1d4ed8', '#f59e0b', '#059669', '#dc2626', '#7c3aed', '#0891b2'];

  function draw(canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    var datasets = spec.datasets.map(function (dataset, i) {
      return {
        label: dataset.label,
        data: dataset.data,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        fill: false,
        tension: 0.2
      };
    });
    return new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { y: { beginAtZero: true, title: { display: true, text: spec.unit } } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) {
      return; // the tables still hold every figure
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
}());
