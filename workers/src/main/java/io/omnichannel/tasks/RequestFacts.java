package io.omnichannel.tasks;

/**
 * What the task list filters and searches on about the request behind a task, copied when the task
 * is mirrored so the list never joins the request ledger. All parts may be null (a task of no request).
 *
 * @param storeId the store the request belongs to, from the process variable {@code storeId}
 */
public record RequestFacts(
    String requestType, String channel, String storeId, String customerName, String customerNumber, String customerEmail) {

  public static final RequestFacts NONE = new RequestFacts(null, null, null, null, null, null);

  /** The same facts, with the store the process names (its variable {@code storeId}). */
  public RequestFacts atStore(String store) {
    return new RequestFacts(requestType, channel, store, customerName, customerNumber, customerEmail);
  }
}
