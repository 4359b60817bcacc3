package io.omnichannel.tasklist;

import io.omnichannel.tasks.TaskQuery;
import io.omnichannel.tasks.TaskQuery.Scope;
import io.omnichannel.tasks.TaskQuery.SlaFilter;
import io.omnichannel.tasks.TaskQuery.Sort;
import java.time.Instant;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The list's query string: which queue ({@code view} = all, mine, or a team id), filters, search,
 * order, page. Unknown values fall back to the defaults, so a hand-edited link still shows a list.
 */
record TaskListFilter(
    String view, String type, String channel, String sla, String store, String customer, String q, String sort,
    Integer page) {

  static final String ALL = "all";
  static final String MINE = "mine";

  public String viewOrDefault() {
    return blank(view) ? ALL : view;
  }

  TaskQuery toQuery(String username, List<String> teams, Instant now) {
    String v = viewOrDefault();
    Scope scope = v.equals(MINE) ? Scope.MINE : teams.contains(v) ? Scope.TEAM : Scope.ALL;
    return new TaskQuery(scope, scope == Scope.TEAM ? v : null, username, teams, type, channel,
        parse(SlaFilter.class, sla, SlaFilter.ANY), store, customer, q, parse(Sort.class, sort, Sort.DUE_ASC),
        page == null ? 0 : page, TaskQuery.PAGE_SIZE, now);
  }

  /** The link to another queue or page with the same filters. */
  public String link(String toView, Integer toPage) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/tasks").queryParam("view", toView);
    add(uri, "type", type);
    add(uri, "channel", channel);
    add(uri, "sla", sla);
    add(uri, "store", store);
    add(uri, "customer", customer);
    add(uri, "q", q);
    if (parse(Sort.class, sort, Sort.DUE_ASC) != Sort.DUE_ASC) {
      add(uri, "sort", sort);
    }
    if (toPage != null && toPage > 0) {
      uri.queryParam("page", toPage);
    }
    return uri.encode().build().toUriString();
  }

  /** The filter of a {@link #link}, e.g. the list a row action came from. */
  static TaskListFilter ofLink(String link) {
    MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString(link).build().getQueryParams();
    UnaryOperator<String> param = name -> {
      String value = params.getFirst(name);
      return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    };
    String page = param.apply("page");
    return new TaskListFilter(param.apply("view"), param.apply("type"), param.apply("channel"), param.apply("sla"),
        param.apply("store"), param.apply("customer"), param.apply("q"), param.apply("sort"),
        page != null && page.matches("\\d{1,6}") ? Integer.valueOf(page) : null);
  }

  public boolean isFiltered() {
    return !(blank(type) && blank(channel) && blank(sla) && blank(store) && blank(customer) && blank(q));
  }

  private static void add(UriComponentsBuilder uri, String name, String value) {
    if (!blank(value)) {
      uri.queryParam(name, value);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
