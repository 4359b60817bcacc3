package io.omnichannel.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The task list's side of htmx: a request htmx made gets a fragment, any other request the whole
 * page; so every page works without JavaScript. Header names are htmx 2's.
 */
final class Htmx {

  /** The id of the task list's results, which refresh themselves; their requests push no URL. */
  static final String REFRESHING_LIST = "task-list";

  private Htmx() {}

  /** A request htmx made to swap part of a page; a history restore wants the whole page. */
  static boolean isFragmentRequest(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"));
  }

  /** The same URL answers a page or a fragment: caches must keep them apart. */
  static void variesByRequest(HttpServletResponse response) {
    response.addHeader("Vary", "HX-Request");
  }

  /** Whether the element that sent the request is the list refreshing itself. */
  static boolean isRefresh(HttpServletRequest request) {
    return REFRESHING_LIST.equals(request.getHeader("HX-Trigger"));
  }

  static void pushUrl(HttpServletResponse response, String url) {
    response.setHeader("HX-Push-Url", url);
  }

  /** Swaps the answer into {@code selector} instead of the element that asked. */
  static void retarget(HttpServletResponse response, String selector, String swap) {
    response.setHeader("HX-Retarget", selector);
    response.setHeader("HX-Reswap", swap);
  }

  /** A full navigation to {@code path} with flash attributes, as {@code redirect:} does for a plain form. */
  static void redirect(HttpServletRequest request, HttpServletResponse response, String path, Map<String, ?> flash) {
    FlashMap flashMap = RequestContextUtils.getOutputFlashMap(request);
    flashMap.putAll(flash);
    RequestContextUtils.saveOutputFlashMap(path, request, response);
    response.setHeader("HX-Redirect", path);
  }
}
