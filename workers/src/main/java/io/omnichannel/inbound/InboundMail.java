package io.omnichannel.inbound;

import java.time.Instant;
import java.util.UUID;

/** An inbound mail as recorded, without its raw bytes. */
public record InboundMail(
    UUID id, String messageKey, String sender, String subject, InboundMailState state, UUID requestId, String error, Instant receivedAt) {}
