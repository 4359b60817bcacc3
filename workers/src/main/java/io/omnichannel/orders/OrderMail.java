package io.omnichannel.orders;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.MailTemplates;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What an order tells its customer, for every journey that sells goods: a mail template with her
 * name, the reference, the order number and her status page's link, through the mail outbox. The
 * dedup key is the kind and the order: a job delivered twice sends once.
 */
@Service
public class OrderMail {

  private final RequestTracking requests;
  private final MailOutbox mail;
  private final MailTemplates templates;
  private final Links links;

  OrderMail(RequestTracking requests, MailOutbox mail, MailTemplates templates, Links links) {
    this.requests = requests;
    this.mail = mail;
    this.templates = templates;
    this.links = links;
  }

  /**
   * @param kind what the mail is, once per order, e.g. {@code split-notice}
   * @param template the template's path, e.g. {@code journeys/orderfulfilment/mail/split-notice}
   * @return whether it was queued now (false: queued before)
   */
  public boolean send(String kind, UUID requestId, String subject, String template, Map<String, Object> own) {
    RequestSummary request = requests.summary(requestId);
    Map<String, Object> variables = new HashMap<>(own);
    variables.put("subject", subject);
    variables.put("name", request.contactName());
    variables.put("reference", request.reference());
    variables.put("orderNumber", request.orderNumber() == null ? request.reference() : request.orderNumber());
    variables.put("trackingLink", links.tracking(request.trackingToken()));
    var body = templates.render(template, variables);
    return mail.enqueue(OutboundMail.toCustomer(kind + ":" + requestId, requestId, request.contactEmail(), subject, body, null));
  }
}
