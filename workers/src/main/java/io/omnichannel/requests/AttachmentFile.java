package io.omnichannel.requests;

import java.util.UUID;

/** An attachment with its bytes, for download by staff. */
public record AttachmentFile(UUID id, String fileName, String mediaType, byte[] content) {}
