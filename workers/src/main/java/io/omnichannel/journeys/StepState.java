package io.omnichannel.journeys;

/** Where a customer step stands for one request. */
public enum StepState {
  DONE,
  CURRENT,
  NEXT
}
