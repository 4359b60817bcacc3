// The console's modeler: bpmn-js (vendored bpmn-js 18 modeler, global BpmnJS) with the Zeebe
// extension (zeebe-bpmn-moddle's descriptor), our element templates in a small panel, and the
// server's validation, diff and deployment. No inline script: the page passes its URLs as data-*.
(function () {
  'use strict';

  var page, modeler, templates = [], fileName, source = 'modeler', problemMarkers = [];

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function setStatus(message, kind) {
    var status = document.getElementById('modeler-status');
    status.textContent = message;
    status.className = kind || 'hint';
  }

  // ---- the element panel: rename, and apply one of our steps ------------------------------------

  function isTask(element) {
    return element && element.type && /Task$/.test(element.type) && element.type !== 'bpmn:UserTask';
  }

  function showPanel(element) {
    var panel = document.getElementById('element-panel');
    panel.replaceChildren();
    if (!element || element.type === 'bpmn:Process' || element.type === 'label') {
      panel.appendChild(text('p', 'Select an element to rename it or, for a task, to pick one of our steps.', 'hint'));
      return;
    }
    var bo = element.businessObject;
    panel.appendChild(text('h3', bo.id));
    panel.appendChild(text('p', element.type.replace('bpmn:', ''), 'hint'));

    var nameLabel = text('label', 'Name');
    var nameInput = document.createElement('input');
    nameInput.type = 'text';
    nameInput.id = 'element-name';
    nameInput.value = bo.name || '';
    nameLabel.appendChild(nameInput);
    panel.appendChild(nameLabel);
    var rename = text('button', 'Rename');
    rename.type = 'button';
    rename.id = 'rename-element';
    rename.addEventListener('click', function () {
      modeler.get('modeling').updateLabel(element, nameInput.value);
    });
    panel.appendChild(rename);

    var definition = extension(bo, 'zeebe:TaskDefinition');
    if (definition) {
      panel.appendChild(text('p', 'Step: ' + definition.type, 'current-step'));
    }
    if (!isTask(element)) {
      return;
    }
    var pickLabel = text('label', 'Our step');
    var select = document.createElement('select');
    select.id = 'template-select';
    select.appendChild(new Option('— choose a step —', ''));
    templates.forEach(function (template, index) {
      select.appendChild(new Option(template.name, String(index)));
    });
    pickLabel.appendChild(select);
    panel.appendChild(pickLabel);
    var details = document.createElement('div');
    details.id = 'template-details';
    panel.appendChild(details);
    select.addEventListener('change', function () {
      details.replaceChildren();
      if (select.value === '') {
        return;
      }
      templateForm(templates[Number(select.value)], element, details);
    });
  }

  function templateForm(template, element, details) {
    details.appendChild(text('p', template.description || '', 'hint template-description'));
    var inputs = [];
    template.properties.forEach(function (property) {
      if (property.type === 'Hidden') {
        inputs.push({ property: property, value: function () { return property.value; } });
        return;
      }
      var label = text('label', property.label || property.binding.name || property.binding.property);
      var field;
      if (property.type === 'Dropdown') {
        field = document.createElement('select');
        (property.choices || []).forEach(function (choice) {
          var option = new Option(choice.name, choice.value);
          option.selected = choice.value === property.value;
          field.appendChild(option);
        });
      } else {
        field = document.createElement('input');
        field.type = 'text';
        field.value = property.value || '';
      }
      if (property.description) {
        field.title = property.description;
      }
      label.appendChild(field);
      details.appendChild(label);
      inputs.push({ property: property, value: function () { return field.value; } });
    });
    var apply = text('button', 'Apply this step');
    apply.type = 'button';
    apply.id = 'apply-template';
    apply.addEventListener('click', function () {
      applyTemplate(template, element, inputs);
    });
    details.appendChild(apply);
  }

  function extension(bo, type) {
    var values = (bo.extensionElements && bo.extensionElements.values) || [];
    return values.find(function (value) { return value.$type === type; });
  }

  // Applies a template through the modeling API: the task becomes a service task with the
  // template's job type, retries, inputs, outputs and headers; its zeebe properties (the customer
  // step) are kept.
  function applyTemplate(template, element, inputs) {
    var moddle = modeler.get('moddle');
    var modeling = modeler.get('modeling');
    var target = element;
    if (template.elementType && template.elementType.value && element.type !== template.elementType.value) {
      target = modeler.get('bpmnReplace').replaceElement(element, { type: template.elementType.value });
    }
    var definition = moddle.create('zeebe:TaskDefinition', {});
    var io = moddle.create('zeebe:IoMapping', { inputParameters: [], outputParameters: [] });
    var headers = moddle.create('zeebe:TaskHeaders', { values: [] });
    inputs.forEach(function (input) {
      var binding = input.property.binding, value = input.value();
      if (binding.type === 'zeebe:taskDefinition') {
        definition.set(binding.property, value);
      } else if (binding.type === 'zeebe:input') {
        io.get('inputParameters').push(moddle.create('zeebe:Input', { source: value, target: binding.name }));
      } else if (binding.type === 'zeebe:output') {
        io.get('outputParameters').push(moddle.create('zeebe:Output', { source: binding.source, target: value }));
      } else if (binding.type === 'zeebe:taskHeader') {
        headers.get('values').push(moddle.create('zeebe:Header', { key: binding.key, value: value }));
      }
    });
    var values = [definition];
    if (io.get('inputParameters').length || io.get('outputParameters').length) {
      values.push(io);
    }
    if (headers.get('values').length) {
      values.push(headers);
    }
    var kept = extension(target.businessObject, 'zeebe:Properties');
    if (kept) {
      values.push(kept);
    }
    var extensionElements = moddle.create('bpmn:ExtensionElements', { values: values });
    values.forEach(function (value) { value.$parent = extensionElements; });
    var properties = { extensionElements: extensionElements, 'zeebe:modelerTemplate': template.id, 'zeebe:modelerTemplateVersion': template.version };
    if (!target.businessObject.name) {
      properties.name = template.name;
    }
    modeling.updateProperties(target, properties);
    modeler.get('selection').select(target);
    setStatus('Applied "' + template.name + '" to ' + target.id + '. Validate before you deploy.', 'notice');
  }

  // ---- validation, diff, deployment -----------------------------------------------------------

  function clearMarkers() {
    var canvas = modeler.get('canvas');
    problemMarkers.forEach(function (id) {
      if (modeler.get('elementRegistry').get(id)) {
        canvas.removeMarker(id, 'has-problem');
      }
    });
    problemMarkers = [];
  }

  function showProblems(problems) {
    clearMarkers();
    var list = document.getElementById('problems');
    list.replaceChildren();
    var canvas = modeler.get('canvas');
    var registry = modeler.get('elementRegistry');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.dataset.element = problem.elementId || '';
      item.dataset.rule = problem.rule;
      item.appendChild(text('strong', problem.elementId || 'model'));
      item.appendChild(text('span', ' [' + problem.rule + '] ', 'rule'));
      item.appendChild(text('span', problem.message));
      if (problem.elementId && registry.get(problem.elementId)) {
        canvas.addMarker(problem.elementId, 'has-problem');
        problemMarkers.push(problem.elementId);
        item.addEventListener('click', function () {
          modeler.get('selection').select(registry.get(problem.elementId));
        });
      }
      list.appendChild(item);
    });
    document.getElementById('problems-section').hidden = problems.length === 0;
  }

  function changeList(title, changes, kind) {
    var section = document.createElement('div');
    section.className = 'diff-' + kind;
    section.appendChild(text('h4', title + ' (' + changes.length + ')'));
    var list = document.createElement('ul');
    changes.forEach(function (change) {
      var item = text('li', change.elementId + ': ' + change.description);
      if (change.changes && change.changes.length) {
        var inner = document.createElement('ul');
        change.changes.forEach(function (line) { inner.appendChild(text('li', line)); });
        item.appendChild(inner);
      }
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }

  function showDiffs(diffs) {
    var container = document.getElementById('diff');
    container.replaceChildren();
    diffs.forEach(function (entry) {
      var diff = entry.diff;
      container.appendChild(text('h3', entry.processId + (entry.runningVersion ? ' against running version ' + entry.runningVersion : ' (new process)')));
      if (!diff.added.length && !diff.removed.length && !diff.changed.length) {
        container.appendChild(text('p', 'No change to the running version.', 'hint'));
        return;
      }
      container.appendChild(changeList('Added', diff.added, 'added'));
      container.appendChild(changeList('Removed', diff.removed, 'removed'));
      container.appendChild(changeList('Changed', diff.changed, 'changed'));
    });
    document.getElementById('diff-section').hidden = diffs.length === 0;
  }

  function send(url) {
    return modeler.saveXML({ format: true }).then(function (result) {
      return fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: csrfHeaders(),
        body: JSON.stringify({ xml: result.xml, fileName: fileName, source: source })
      });
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    });
  }

  function validate() {
    setStatus('Validating…');
    return send(page.dataset.checkUrl).then(function (answer) {
      if (answer.status !== 200) {
        setStatus(answer.body.detail || ('Refused: HTTP ' + answer.status), 'error');
        return;
      }
      showProblems(answer.body.problems);
      showDiffs(answer.body.diffs);
      setStatus(answer.body.problems.length
        ? answer.body.problems.length + ' problem(s): the model cannot be deployed yet. They are marked on the diagram.'
        : 'The model is valid. Check the differences below, then deploy.', answer.body.problems.length ? 'error' : 'notice');
    });
  }

  function deploy() {
    setStatus('Deploying…');
    return send(page.dataset.deployUrl).then(function (answer) {
      if (answer.status === 201) {
        showProblems([]);
        setStatus(answer.body.message, 'notice');
        return;
      }
      if (answer.body.problems) {
        showProblems(answer.body.problems);
      }
      setStatus((answer.body.detail || 'Not deployed') + ' (HTTP ' + answer.status + ')', 'error');
    });
  }

  function openFile(file) {
    if (!file) {
      return;
    }
    if (file.size > Number(page.dataset.maxBytes)) {
      setStatus('The file is larger than ' + Math.round(Number(page.dataset.maxBytes) / 1024) + ' KB.', 'error');
      return;
    }
    file.text().then(function (xml) {
      return modeler.importXML(xml);
    }).then(function () {
      fileName = file.name;
      source = 'upload';
      modeler.get('canvas').zoom('fit-viewport');
      showProblems([]);
      setStatus('Opened ' + file.name + '. Validate it before you deploy.', 'notice');
    }).catch(function (error) {
      setStatus('The file is not a BPMN model bpmn-js can read: ' + error.message, 'error');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    page = document.getElementById('modeler-page');
    fileName = page.dataset.fileName;
    Promise.all([
      fetch(page.dataset.zeebeUrl, { credentials: 'same-origin' }).then(function (r) { return r.json(); }),
      fetch(page.dataset.templatesUrl, { credentials: 'same-origin' }).then(function (r) { return r.json(); }),
      fetch(page.dataset.xmlUrl, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
    ]).then(function (loaded) {
      templates = loaded[1];
      modeler = new BpmnJS({ container: document.getElementById('canvas'), moddleExtensions: { zeebe: loaded[0] } });
      modeler.get('eventBus').on('selection.changed', function (event) {
        showPanel(event.newSelection[0]);
      });
      return modeler.importXML(loaded[2]);
    }).then(function () {
      modeler.get('canvas').zoom('fit-viewport');
      showPanel(null);
      page.dataset.ready = 'true';
      setStatus('Select a task to pick one of our steps; Validate shows problems and the differences to the running version.');
    }).catch(function (error) {
      setStatus('The modeler could not start: ' + error.message, 'error');
    });
    document.getElementById('validate').addEventListener('click', validate);
    document.getElementById('deploy').addEventListener('click', deploy);
    document.getElementById('open-file').addEventListener('change', function (event) {
      openFile(event.target.files[0]);
    });
  });
})();
