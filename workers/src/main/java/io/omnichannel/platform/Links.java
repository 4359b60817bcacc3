package io.omnichannel.platform;

import org.springframework.stereotype.Component;

/** The one place that builds the product's public addresses: a customer's tracking link, a staff task. */
@Component
public class Links {

  private final String baseUrl;

  Links(OrchestratorProperties properties) {
    this.baseUrl = properties.baseUrl();
  }

  /** The secret link to a request's status page, e.g. {@code https://shop.example/track/Xy…}. */
  public String tracking(String trackingToken) {
    return baseUrl + "/track/" + trackingToken;
  }

  /** A staff task in the task list. */
  public String task(long jobKey) {
    return baseUrl + "/staff/tasks/" + jobKey;
  }

  /** A campaign's short landing page, the one its poster's QR code holds, e.g. {@code https://shop.example/p/VELVET}. */
  public String campaign(String code) {
    return baseUrl + "/p/" + code;
  }

  /** Any other page of the product, e.g. {@code /staff/watchdog}. */
  public String page(String path) {
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }
}
