package io.omnichannel.campaigns;

import io.omnichannel.documents.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The printable poster of a campaign: one A4 page with its name, its offer, a large QR code of the
 * landing page and the short address beneath it for those who type.
 */
final class CampaignPoster {

  private static final int QR_PIXELS = 600;
  private static final float QR_POINTS = 280;
  private static final float MARGIN = 56;
  /** Where the QR code's lower edge sits: the same place on every poster, above the address and the footer. */
  private static final float QR_Y = 230;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private CampaignPoster() {}

  /**
   * @param landingUrl the short landing address, in the QR code and printed beneath it
   * @param storeNames where the campaign runs
   */
  static byte[] render(Campaign campaign, String landingUrl, List<String> storeNames) {
    var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setTitle("Poster, " + printable(regular, campaign.name()));
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      var qr = LosslessFactory.createFromImage(document, QrCodes.image(landingUrl, QR_PIXELS));
      try (var content = new PDPageContentStream(document, page)) {
        float y = height - MARGIN - 30;
        List<String> name = wrap(bold, 34, campaign.name(), width - 2 * MARGIN);
        y = name.size() <= 2
            ? lines(content, bold, 34, 40, name, MARGIN, y)
            : lines(content, bold, 22, 27, wrap(bold, 22, campaign.name(), width - 2 * MARGIN), MARGIN, y);
        offer(content, regular, campaign.offerText(), width - 2 * MARGIN, y - 20, QR_Y + QR_POINTS + 34);
        float qrY = QR_Y;
        content.drawImage(qr, (width - QR_POINTS) / 2, qrY, QR_POINTS, QR_POINTS);
        String call = "Scan: the stock in your store, reserve, ask us, or be called back.";
        lines(content, regular, 12, 16, List.of(call), (width - regular.getStringWidth(call) / 1000 * 12) / 2, qrY + QR_POINTS + 6);
        String url = printable(bold, landingUrl);
        float urlWidth = bold.getStringWidth(url) / 1000 * 18;
        lines(content, bold, 18, 22, List.of(url), (width - urlWidth) / 2, qrY - 24);
        String validity = "Valid until " + DAY.format(campaign.validTo());
        String stores = storeNames.isEmpty() ? "" : "In " + String.join(", ", storeNames);
        List<String> footer = new ArrayList<>(wrap(regular, 12, stores, width - 2 * MARGIN));
        footer.addFirst(validity);
        lines(content, regular, 12, 16, footer, MARGIN, MARGIN + 16 * footer.size());
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the poster of campaign " + campaign.code(), e);
    }
  }

  /** The offer between the name and the QR code: smaller type for a longer offer, cut with an ellipsis if even that is too long. */
  private static void offer(PDPageContentStream content, PDType1Font font, String text, float width, float top, float bottom)
      throws IOException {
    float[][] sizes = {{16, 22}, {14, 19}, {12, 16}, {10, 13}};
    for (float[] size : sizes) {
      List<String> lines = wrap(font, size[0], text, width);
      if (lines.size() * size[1] <= top - bottom || size == sizes[sizes.length - 1]) {
        int fit = (int) Math.max(1, Math.floor((top - bottom) / size[1]));
        if (lines.size() > fit) {
          lines = new ArrayList<>(lines.subList(0, fit));
          lines.set(fit - 1, lines.get(fit - 1) + " ...");
        }
        lines(content, font, size[0], size[1], lines, MARGIN, top);
        return;
      }
    }
  }

  private static float lines(PDPageContentStream content, PDType1Font font, float size, float leading, List<String> lines, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.setLeading(leading);
    content.newLineAtOffset(x, y);
    for (String line : lines) {
      content.showText(line);
      content.newLine();
    }
    content.endText();
    return y - leading * lines.size();
  }

  /** The text in lines no wider than {@code width}, without what the font cannot print. */
  static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : printable(font, text).split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** The standard fonts print Latin-1 and a few more; anything else (an emoji, say) becomes a question mark. */
  static String printable(PDType1Font font, String text) {
    StringBuilder printable = new StringBuilder();
    text.replace("\r", "").codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      if (ch.equals("\n")) {
        printable.append(ch);
        return;
      }
      try {
        font.encode(ch);
        printable.append(ch);
      } catch (IOException | IllegalArgumentException e) {
        printable.append('?');
      }
    });
    return printable.toString();
  }
}
