// Renders every diagram on a console model page with the bpmn-js navigated viewer (vendored
// bpmn-js 18, global BpmnJS). Each container names the XML it shows: <div class="diagram" data-xml-url="...">.
(function () {
  'use strict';

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
        container.dataset.rendered = 'true';
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
