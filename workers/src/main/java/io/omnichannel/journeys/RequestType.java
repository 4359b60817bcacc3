package io.omnichannel.journeys;

/**
 * A kind of request a journey serves: its names, its intake and what the customer reads about it.
 *
 * @param name the type in the ledger, the SLA policies and the task list's filter, e.g. {@code COMPLAINT}
 * @param path the type in addresses: the portal ({@code /requests/complaint/new}), the API
 *     ({@code POST /api/v1/requests/complaint}) and staff intake
 * @param label the type for staff, e.g. "Complaint"
 * @param portal how the customer's form presents it
 * @param intake how a form or an API body becomes a request of this type
 * @param description what the customer and staff read about a request of this type
 */
public record RequestType(
    String name, String path, String label, PortalPage portal, IntakeForm intake, RequestDescription description) {

  /**
   * The customer's form of the type on the portal.
   *
   * @param title its heading and its card on the home page, e.g. "Make a complaint"
   * @param teaser the card's one sentence on the home page
   * @param intro the form's first sentences
   * @param submitLabel its button, e.g. "Send request"
   */
  public record PortalPage(String title, String teaser, String intro, String submitLabel) {}
}
