package io.omnichannel.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from its template: one HTML file per mail under {@code templates/} on the
 * classpath (generic mails in {@code mail/}, a journey's in {@code journeys/<name>/mail/}), which
 * share the layout {@code mail/layout}. The plain-text alternative is derived from the HTML, so the
 * two never say different things.
 */
@Component
public class MailTemplates {

  private final TemplateEngine engine;

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    this.engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  /**
   * @param template e.g. {@code mail/acknowledgement} or {@code journeys/reservation/mail/pickup-code}
   * @param variables what the template reads
   */
  public MailBody render(String template, Map<String, ?> variables) {
    Context context = new Context(Locale.ENGLISH);
    variables.forEach(context::setVariable);
    String html = engine.process(template, context);
    return new MailBody(MailText.of(html), html);
  }

  /**
   * Free text a colleague wrote, for the fragment {@code mail/paragraphs :: text}: paragraphs
   * (split at blank lines) of lines.
   */
  public static List<List<String>> paragraphs(String text) {
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(paragraph -> Arrays.stream(paragraph.split("\\R")).map(String::strip).toList())
        .toList();
  }
}
