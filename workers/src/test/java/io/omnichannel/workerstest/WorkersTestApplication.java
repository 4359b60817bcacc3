package io.omnichannel.workerstest;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The workers module as an application, for tests: every feature package, its entities and repositories. */
@SpringBootApplication(scanBasePackages = "io.omnichannel")
@ConfigurationPropertiesScan("io.omnichannel")
@AutoConfigurationPackage(basePackages = "io.omnichannel")
public class WorkersTestApplication {}
