/**
 * The product's BPMN models in the engine: deployed at start, and again and again until the engine
 * takes them, so an engine that is down at start does not keep the application from taking requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process models")
package io.omnichannel.models;
