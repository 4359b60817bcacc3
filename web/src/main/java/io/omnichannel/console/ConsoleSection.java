package io.omnichannel.console;

/**
 * One part of the process owners' console, listed on its start page {@code /staff/console}. Each
 * part declares itself as a bean; the start page and the navigation need no change when one is
 * added. Every path lies under {@code /staff/console/}, which only process owners and admins reach.
 */
public record ConsoleSection(int order, String title, String path, String description) {

  public ConsoleSection {
    if (!path.startsWith("/staff/console/")) {
      throw new IllegalArgumentException("a console section lies under /staff/console/: " + path);
    }
  }
}
