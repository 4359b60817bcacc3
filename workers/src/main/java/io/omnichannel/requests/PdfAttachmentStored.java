package io.omnichannel.requests;

import java.util.UUID;

/** A PDF was stored with a request; its text is read once the transaction commits. */
record PdfAttachmentStored(UUID requestId) {}
