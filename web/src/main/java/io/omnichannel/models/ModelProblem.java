package io.omnichannel.models;

/**
 * One reason a model cannot be deployed.
 *
 * @param elementId the BPMN element it concerns; {@code null} when it concerns the whole file
 * @param rule which rule found it: {@code xml}, {@code zeebe} (the engine's design-time validators),
 *     {@code job-type}, {@code form}, {@code customer-step}, {@code sla-timer} or {@code message}
 */
public record ModelProblem(String elementId, String rule, String message) {}
