package io.omnichannel.integrations;

import io.omnichannel.platform.StartupLock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The documented demo keys ({@code demo-shop-key}, {@code demo-till-key}, {@code demo-chat-key}, {@code demo-social-key} for a social-listening tool that reports public posts),
 * so the API can be tried at once. Only with the demo data: a production installation issues its
 * own keys, and refuses to start while one of these still works.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class DemoApiKeys implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoApiKeys.class);
  public static final List<String> INTEGRATIONS = List.of("shop", "till", "chat", "social");
  static final String CONTACT_CENTRE_CHAT = "chat";

  private final ApiKeys keys;
  private final StartupLock startupLock;

  /** The key the demo gives an integration, e.g. {@code demo-shop-key}: public, hence never for production. */
  public static String keyOf(String integration) {
    return "demo-" + integration + "-key";
  }

  DemoApiKeys(ApiKeys keys, StartupLock startupLock) {
    this.keys = keys;
    this.startupLock = startupLock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(this::registerMissingKeys);
  }

  private void registerMissingKeys() {
    for (String integration : INTEGRATIONS) {
      if (!keys.exists(integration)) {
        keys.register(integration, keyOf(integration));
        if (integration.equals(CONTACT_CENTRE_CHAT)) {
          // the contact centre's chat tool adds transcripts to whatever request the customer chats about
          keys.grant(integration, RequestAccess.ALL_REQUESTS);
        }
        log.info("Demo API key for integration '{}': {}", integration, keyOf(integration));
      }
    }
  }
}
