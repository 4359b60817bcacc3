// Renders every diagram on a console page with the bpmn-js navigated viewer (vendored bpmn-js 18,
// global BpmnJS). Each container names the XML it shows: <div class="diagram" data-xml-url="...">.
// Optional, on the same container:
//   data-figures-url  JSON {elementId: {waitingNow, slaBreaches, openIncidents, ...}}: badges on the
//                     elements; with data-element-url (ELEMENT stands for the id) a click opens that page
//   data-passed, data-active, data-incidents  comma-separated element ids marked on the diagram
(function () {
  'use strict';

  function ids(value) {
    return (value || '').split(',').filter(function (id) { return id.length > 0; });
  }

  function mark(viewer, container) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    [['passed', 'path-passed'], ['active', 'path-active'], ['incidents', 'path-incident']].forEach(function (pair) {
      ids(container.dataset[pair[0]]).forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, pair[1]);
        }
      });
    });
  }

  function badge(kind, count, title) {
    var span = document.createElement('span');
    span.className = 'badge ' + kind;
    span.textContent = String(count);
    span.title = title;
    return span;
  }

  function open(container, id) {
    window.location.href = container.dataset.elementUrl.replace('ELEMENT', encodeURIComponent(id));
  }

  function overlay(viewer, container) {
    fetch(container.dataset.figuresUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (figures) {
        var overlays = viewer.get('overlays');
        var registry = viewer.get('elementRegistry');
        Object.keys(figures).forEach(function (id) {
          var f = figures[id];
          if (!registry.get(id)) {
            return;
          }
          var box = document.createElement('div');
          box.className = 'figure-badges';
          box.dataset.element = id;
          if (f.waitingNow > 0) box.appendChild(badge('waiting', f.waitingNow, 'waiting here now'));
          if (f.slaBreaches > 0) box.appendChild(badge('breaches', f.slaBreaches, 'SLA breaches'));
          if (f.openIncidents > 0) box.appendChild(badge('incidents', f.openIncidents, 'open incidents'));
          if (box.childNodes.length > 0) {
            if (container.dataset.elementUrl) {
              box.addEventListener('click', function () { open(container, id); });
            }
            overlays.add(id, 'figures', { position: { top: -12, left: -8 }, html: box });
          }
        });
        container.dataset.figures = 'shown';
        if (container.dataset.elementUrl) {
          viewer.get('eventBus').on('element.click', function (event) {
            if (figures[event.element.id]) {
              open(container, event.element.id);
            }
          });
        }
      })
      .catch(function (error) {
        container.dataset.figures = 'failed';
        var message = document.createElement('p');
        message.className = 'error';
        message.textContent = 'The figures could not be shown: ' + error.message;
        container.appendChild(message);
      });
  }

  function render(container) {
    var viewer = new BpmnJS({ container: container });
    fetch(container.dataset.xmlUrl, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        viewer.get('canvas').zoom('fit-viewport');
        mark(viewer, container);
        container.dataset.rendered = 'true';
        if (container.dataset.figuresUrl) {
          overlay(viewer, container);
        }
      })
      .catch(function (error) {
        container.dataset.rendered = 'failed';
        var message = document.createElement('p');
        message.className = 'error';
        message.textContent = 'The diagram could not be shown: ' + error.message;
        container.appendChild(message);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.diagram[data-xml-url]').forEach(render);
  });
})();
