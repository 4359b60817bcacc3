package io.omnichannel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The card that goes into a store's parcel: a thank-you, an invitation to the store's community,
 * and a QR code with the order's own link (a scan joins the customer's timeline). One A6 page,
 * printed from the store's pick-and-pack task.
 */
public final class CommunityCardPdf {

  /**
   * @param link the order's link, encoded in the QR code and printed beneath it
   */
  public record Card(String storeName, String city, String orderNumber, String link) {}

  private static final int QR_PIXELS = 360;
  private static final float QR_POINTS = 150;

  private CommunityCardPdf() {}

  public static byte[] render(Card card) {
    var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setTitle("Community card, " + card.storeName());
      var page = new PDPage(new PDRectangle(PDRectangle.A6.getHeight(), PDRectangle.A6.getWidth())); // landscape
      document.addPage(page);
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      var qr = LosslessFactory.createFromImage(document, QrCodes.image(card.link(), QR_PIXELS));
      try (var content = new PDPageContentStream(document, page)) {
        content.drawImage(qr, width - QR_POINTS - 16, (height - QR_POINTS) / 2 + 8, QR_POINTS, QR_POINTS);
        content.beginText();
        content.newLineAtOffset(20, height - 40);
        content.setLeading(15);
        content.setFont(bold, 14);
        content.showText("Thank you for your order!");
        content.newLine();
        content.newLine();
        content.setFont(regular, 10);
        content.showText("This parcel comes from " + card.storeName() + ",");
        content.newLine();
        content.showText("your store in " + card.city() + ".");
        content.newLine();
        content.newLine();
        content.showText("Join our community: show us what you");
        content.newLine();
        content.showText("made of it, share photos and tips.");
        content.newLine();
        content.showText("Scan the code to get there.");
        content.newLine();
        content.newLine();
        content.setFont(regular, 8);
        content.showText("Order " + card.orderNumber());
        content.endText();
        content.beginText();
        content.setFont(regular, 6);
        content.newLineAtOffset(width - QR_POINTS - 16, (height - QR_POINTS) / 2 - 2);
        content.showText(card.link());
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the community card of order " + card.orderNumber(), e);
    }
  }
}
