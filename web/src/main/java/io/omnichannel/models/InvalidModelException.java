package io.omnichannel.models;

import java.util.List;

/** A model that failed validation was not deployed; the problems say why, per element. */
public class InvalidModelException extends RuntimeException {

  private final List<ModelProblem> problems;

  public InvalidModelException(List<ModelProblem> problems) {
    super("the model is invalid: " + problems.size() + " problem(s)");
    this.problems = List.copyOf(problems);
  }

  public List<ModelProblem> problems() {
    return problems;
  }
}
