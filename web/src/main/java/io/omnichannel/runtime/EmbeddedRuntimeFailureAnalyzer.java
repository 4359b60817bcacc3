package io.omnichannel.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into Spring Boot's "APPLICATION FAILED TO START" report. */
public class EmbeddedRuntimeFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedRuntimeException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedRuntimeException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
