package io.omnichannel.console.models;

import io.omnichannel.console.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the models part of the console on its start page. */
@Configuration(proxyBeanMethods = false)
class ModelsConsole {

  static final String PATH = "/staff/console/models";

  @Bean
  ConsoleSection modelsSection() {
    return new ConsoleSection(
        10, "Models", PATH,
        "Every process and all its versions with their diagrams; edit or upload a model, validate it, compare it with the running version, deploy or roll back.");
  }
}
