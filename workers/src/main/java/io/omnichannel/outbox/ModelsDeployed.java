package io.omnichannel.outbox;

/**
 * Whether the engine has the product's BPMN models. The process outbox publishes only then: a
 * start message for a process the engine does not know yet would start nothing.
 */
public interface ModelsDeployed {

  boolean deployed();
}
