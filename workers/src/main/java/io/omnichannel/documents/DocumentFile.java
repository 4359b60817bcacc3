package io.omnichannel.documents;

import java.util.UUID;

/** A document with its bytes, for download or as a mail attachment. */
public record DocumentFile(UUID id, String title, String fileName, String mediaType, byte[] content) {}
