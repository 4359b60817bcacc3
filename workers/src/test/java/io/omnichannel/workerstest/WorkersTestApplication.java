package io.omnichannel.workerstest;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workers module as an application, for tests: every feature package, its entities and repositories. */
@SpringBootApplication(scanBasePackages = "io.omnichannel")
@AutoConfigurationPackage(basePackages = "io.omnichannel")
public class WorkersTestApplication {}
