package io.omnichannel.journeysteps;

/** Where a customer step stands for one request. */
public enum StepState {
  DONE,
  CURRENT,
  NEXT
}
