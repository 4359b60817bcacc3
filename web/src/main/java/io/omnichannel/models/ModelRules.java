package io.omnichannel.models;

import java.util.Set;

/**
 * What our rules check a model against, each derived from the running product rather than listed
 * by hand (see {@link ProductModelRules}).
 *
 * @param jobTypes the job types our workers serve (their {@code @JobWorker} types)
 * @param formKeys the form keys of the journeys' task forms
 * @param messageNames the messages our code publishes or correlates
 * @param slaVariables the variables the SLA step ({@code plan-sla}) sets
 * @param customerFacingJobTypes job types of the steps the customer follows on the status page
 * @param journeyProcessIds the processes of registered journeys: each shows the customer at least one step
 */
public record ModelRules(
    Set<String> jobTypes,
    Set<String> formKeys,
    Set<String> messageNames,
    Set<String> slaVariables,
    Set<String> customerFacingJobTypes,
    Set<String> journeyProcessIds) {

  public static final String PLAN_SLA = "plan-sla";

  public ModelRules {
    jobTypes = Set.copyOf(jobTypes);
    formKeys = Set.copyOf(formKeys);
    messageNames = Set.copyOf(messageNames);
    slaVariables = Set.copyOf(slaVariables);
    customerFacingJobTypes = Set.copyOf(customerFacingJobTypes);
    journeyProcessIds = Set.copyOf(journeyProcessIds);
  }
}
