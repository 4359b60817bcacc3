package io.omnichannel.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL, mail server and Zeebe broker before any bean is created (the
 * Camunda client, Flyway and the mail sender need them up), and points the application at them.
 *
 * <p>Registered in {@code META-INF/spring.factories}. It listens for {@link
 * ApplicationPreparedEvent} rather than the earlier environment-prepared event: at that point the
 * environment is complete, including properties that tests add with {@code
 * @DynamicPropertySource}, so an externally configured server is never started twice.
 */
public class EmbeddedRuntimeStarter implements ApplicationListener<ApplicationPreparedEvent> {

  public static final String BEAN_NAME = "embeddedRuntime";
  static final String PROPERTY_SOURCE = "embeddedRuntime";
  static final String DEFAULTS_PROPERTY_SOURCE = "embeddedRuntimeDefaults";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRuntimeStarter.class);

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    ConfigurableApplicationContext context = event.getApplicationContext();
    ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
    if (beanFactory.containsSingleton(BEAN_NAME)) {
      return;
    }
    ConfigurableEnvironment environment = context.getEnvironment();
    EmbeddedRuntimePlan plan = EmbeddedRuntimePlan.of(environment);
    Instant start = Instant.now();
    EmbeddedRuntimeLauncher.Launched launched = EmbeddedRuntimeLauncher.launch(plan);
    if (plan.anything()) {
      log.info(
          "Embedded runtime up in {} s: {}",
          Duration.between(start, Instant.now()).toSeconds(),
          launched.properties().keySet());
    }
    EmbeddedRuntime runtime = launched.runtime();
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, launched.properties()));
    environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_PROPERTY_SOURCE, defaults()));
    beanFactory.registerSingleton(BEAN_NAME, runtime);
    // registered before every other bean, so destroyed after all of them (workers, pools, client)
    if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean(BEAN_NAME, runtime);
    }
    runtime.mailServer().ifPresent(mail -> beanFactory.registerSingleton("embeddedMailServer", mail));
    if (plan.anything()) {
      stopAtJvmExit(runtime, context);
    }
  }

  /** Lowest-priority settings: anything configured elsewhere wins. */
  private static Map<String, Object> defaults() {
    return Map.of(
        // ZeebeHealthIndicator reports the broker as "zeebe", with partition health
        "management.health.camunda.enabled", false);
  }

  /**
   * Spring's own shutdown hook closes the context, which stops the runtime after the beans that
   * use it. This hook covers a context that never finished starting; JVM hooks run concurrently,
   * so it first gives the context time to close.
   */
  private static void stopAtJvmExit(EmbeddedRuntime runtime, ConfigurableApplicationContext context) {
    Thread hook =
        Thread.ofPlatform()
            .name("embedded-runtime-shutdown")
            .unstarted(
                () -> {
                  Instant deadline = Instant.now().plusSeconds(30);
                  while (context.isActive() && Instant.now().isBefore(deadline)) {
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      break;
                    }
                  }
                  runtime.stop();
                });
    Runtime.getRuntime().addShutdownHook(hook);
    runtime.onStop(
        () -> {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it finds the runtime stopped
          }
        });
  }
}
