/**
 * The request ledger, the source of truth for what customers asked: every journey's requests, their
 * history, files and status, the intake that takes any journey's request in, and the customer's answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Request ledger")
package io.omnichannel.requests;
