package io.omnichannel.journeys;

/**
 * A kind of request a journey serves: its names, its intake and what the customer reads about it.
 *
 * @param name the type in the ledger, the SLA policies and the task list's filter, e.g. {@code COMPLAINT}
 * @param path the type in addresses: the portal ({@code /requests/complaint/new}), the API
 *     ({@code POST /api/v1/requests/complaint}) and staff intake
 * @param label the type for staff, e.g. "Complaint"
 * @param portal how the customer's form presents it; null for a type that comes through an API of its
 *     own only (orders)
 * @param intake how a form or an API body becomes a request of this type; null like {@code portal}
 * @param description what the customer and staff read about a request of this type
 */
public record RequestType(
    String name, String path, String label, PortalPage portal, IntakeForm intake, RequestDescription description) {

  public RequestType {
    if ((portal == null) != (intake == null)) {
      throw new IllegalArgumentException("request type " + name + ": a form needs both its portal page and its intake");
    }
  }

  /** Taken in by forms: the portal, staff intake, e-mail and {@code POST /api/v1/requests/{path}}. */
  public boolean takesForms() {
    return intake != null;
  }

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
