package io.omnichannel.journeys.clickandcollect;

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

/** What a click and collect order tells its customer before the pickup code. Each mail has a dedup key per order and kind. */
@Service
class CollectMails {

  private final RequestTracking requests;
  private final MailOutbox mail;
  private final MailTemplates templates;
  private final Links links;

  CollectMails(RequestTracking requests, MailOutbox mail, MailTemplates templates, Links links) {
    this.requests = requests;
    this.mail = mail;
    this.templates = templates;
    this.links = links;
  }

  /** @return whether it was queued now (false: queued before) */
  boolean send(String dedupKey, UUID requestId, String subject, String template, Map<String, Object> own) {
    RequestSummary request = requests.summary(requestId);
    Map<String, Object> variables = new HashMap<>(own);
    variables.put("subject", subject);
    variables.put("name", request.contactName());
    variables.put("reference", request.reference());
    variables.put("orderNumber", request.orderNumber());
    variables.put("trackingLink", links.tracking(request.trackingToken()));
    var body = templates.render("journeys/clickandcollect/mail/" + template, variables);
    return mail.enqueue(OutboundMail.toCustomer(dedupKey + ":" + requestId, requestId, request.contactEmail(), subject, body, null));
  }
}
