/** The document library: the manuals we can send without asking anyone. */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package io.omnichannel.documents;
