/**
 * The process outbox: process starts and messages written in the ledger's transaction, published to
 * the engine afterwards with pacing, retries and back-off, so no request is lost while the engine is down.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process outbox")
package io.omnichannel.outbox;
