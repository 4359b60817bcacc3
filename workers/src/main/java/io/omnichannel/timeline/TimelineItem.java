package io.omnichannel.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened in a customer's history.
 *
 * @param kind REQUEST, EVENT, MAIL_SENT, MAIL_FAILED, MAIL_PENDING, MAIL_RECEIVED, TASK_CREATED,
 *     TASK_COMPLETED, TASK_CANCELLED, MERGE, RESERVATION_* (a reservation's hold), ORDER_HOLD_* (an order line's hold),
 *     PURCHASE or CAMPAIGN_FIRST_TOUCH (the campaign a request came through),
 *     COMPLAINT_RATED or ADVICE_NOTE
 * @param source the channel of a request, the actor of an event, EMAIL, TASK, STAFF, STOCK, or WEB or
 *     STORE for a purchase, CAMPAIGN for a campaign's first touch
 * @param requestId null for entries about the customer itself (a merge, a purchase)
 */
public record TimelineItem(
    Instant occurredAt, String kind, String source, UUID requestId, String reference, String summary) {}
