// Staff pages with htmx. Every form also works without JavaScript; this only makes htmx's requests
// carry the CSRF token and makes no htmx request fail silently.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : null;
  }

  function showProblem(text) {
    var messages = document.getElementById('messages');
    if (!messages) {
      window.alert(text);
      return;
    }
    var problem = document.createElement('p');
    problem.className = 'error';
    problem.setAttribute('role', 'alert');
    problem.textContent = text;
    messages.replaceChildren(problem);
  }

  // The task list refreshes itself (its own hx-get, every few seconds), but not under the hands of
  // someone choosing in one of its selects (a team lead picking a colleague): the next round catches
  // up. A listener rather than a trigger filter, which htmx would have to evaluate as code.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var list = event.detail.elt;
    var active = document.activeElement;
    if (list && list.id === 'task-list' && active && active.tagName === 'SELECT' && list.contains(active)) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  // A session that ran out sends htmx to the login page: go there instead of showing it in a row.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var url = event.detail.xhr.responseURL;
    if (url && new URL(url, window.location.href).pathname === '/login') {
      event.detail.shouldSwap = false;
      window.location.href = url;
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr.status;
    showProblem(status === 403
      ? 'This was refused (403). Your session may have ended: please reload the page and sign in again.'
      : 'Something went wrong on the server (' + status + '). Please reload the page and try again.');
  });

  document.addEventListener('htmx:sendError', function () {
    showProblem('The server cannot be reached. Please check the connection and try again.');
  });
})();
