/**
 * The BPMN models' contract with the code: process ids, messages, element ids, variables and job
 * types, shared by the models' tests, the workers and the element templates.
 */
package io.omnichannel.processes;
