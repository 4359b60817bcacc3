package io.omnichannel.journeys;

import io.omnichannel.requests.RequestSummary;
import java.util.List;

/** What the customer and staff read about a request of one type, in the journey's words. */
public interface RequestDescription {

  /** What the request is about, as the customer reads it: "your request for the manual of KM-5500". */
  String about(RequestSummary request);

  /** What we promise to do by the expected time: "answer", "call you on … (…)". */
  String promise(RequestSummary request);

  /** The type's own facts for staff, beside the generic ones (type number, order, subject), e.g. the number to call. */
  default List<Fact> facts(RequestSummary request) {
    return List.of();
  }

  /** A labelled value on the task page. */
  record Fact(String label, String value) {}
}
