package io.omnichannel.platform;

import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every module reads.
 *
 * @param publicBaseUrl where customers and staff reach the product: links in mails and API answers
 *     start with it
 * @param timeZone the business's time zone: how customers read our instants, which year a
 *     reference carries
 */
@ConfigurationProperties("orchestrator")
public record OrchestratorProperties(
    @DefaultValue("http://localhost:8080") URI publicBaseUrl, @DefaultValue("Europe/Berlin") ZoneId timeZone) {

  /** The base URL without a trailing slash, ready to have a path appended. */
  public String baseUrl() {
    return publicBaseUrl.toString().replaceAll("/+$", "");
  }
}
