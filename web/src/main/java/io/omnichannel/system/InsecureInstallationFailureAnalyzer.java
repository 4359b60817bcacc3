package io.omnichannel.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into Spring Boot's "APPLICATION FAILED TO START" report, with what to do. */
public class InsecureInstallationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureInstallationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureInstallationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
