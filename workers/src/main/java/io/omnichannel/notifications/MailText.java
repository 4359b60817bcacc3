package io.omnichannel.notifications;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain-text alternative of a mail's HTML: paragraphs and headings as blocks separated by a
 * blank line, line breaks kept, list items as "- …", a link as its text with the address after it
 * (or the address alone when that is its text), the head and styles left out.
 */
final class MailText {

  private MailText() {}

  static String of(String html) {
    StringBuilder text = new StringBuilder();
    Element body = Jsoup.parse(html).body();
    append(body, text);
    return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
  }

  private static void append(Node node, StringBuilder text) {
    if (node instanceof TextNode textNode) {
      String words = textNode.text().replaceAll("\\s+", " ");
      if (text.isEmpty() || text.charAt(text.length() - 1) == '\n') {
        words = words.stripLeading();
      }
      text.append(words);
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    switch (element.tagName()) {
      case "style", "script", "head", "title" -> {}
      case "br" -> text.append('\n');
      case "a" -> {
        String label = element.text().strip();
        String href = element.attr("href");
        text.append(label.isEmpty() || label.equals(href) ? href : label + " (" + href + ")");
      }
      case "li" -> {
        text.append("- ");
        element.childNodes().forEach(child -> append(child, text));
        text.append('\n');
      }
      case "p", "h1", "h2", "h3", "div", "ul", "ol", "blockquote", "pre", "table", "tr" -> {
        block(text);
        if (element.tagName().equals("pre")) {
          text.append(element.wholeText());
        } else {
          element.childNodes().forEach(child -> append(child, text));
        }
        block(text);
      }
      default -> element.childNodes().forEach(child -> append(child, text));
    }
  }

  /** Ends the current line and leaves one blank line before the next block. */
  private static void block(StringBuilder text) {
    if (text.isEmpty()) {
      return;
    }
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    if (!text.toString().endsWith("\n\n")) {
      text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
    }
  }
}
