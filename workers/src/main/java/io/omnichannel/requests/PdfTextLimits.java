package io.omnichannel.requests;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of a PDF the product reads to find a receipt number. A file beyond any limit is kept
 * and marked unreadable; a person checks it.
 *
 * @param maxPages a PDF with more pages is not read (receipts have one or two)
 * @param maxDecodedBytes the most its streams may unpack to, in total
 * @param maxCharacters the most characters of text collected
 * @param timeLimit the longest one file is read
 * @param readers files read at the same time, on threads of their own
 */
@ConfigurationProperties("orchestrator.attachments.pdf-text")
public record PdfTextLimits(
    @DefaultValue("20") int maxPages,
    @DefaultValue("32MB") DataSize maxDecodedBytes,
    @DefaultValue("200000") int maxCharacters,
    @DefaultValue("10s") Duration timeLimit,
    @DefaultValue("2") int readers) {}
