package io.omnichannel.documents;

import java.util.UUID;

/** What the library knows about a document, without its content. */
public record StoredDocument(UUID id, String typeNumber, String title, String fileName, String mediaType, long sizeBytes) {}
