package io.omnichannel.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The poster on paper: A4, its offer and short address in words, and a QR code that reads as the landing page. */
class CampaignMaterialsTest {

  private static final String LANDING = "https://shop.example/p/VELVET";

  @Test
  void thePosterIsOneA4Page_withTheOffer_theShortAddress_andAQrCodeOfIt() throws Exception {
    var campaign = new Campaign(
        "VELVET", "Velvet week", "Our Verona velvet sofa in green: sit in it at your store this week, reserve it online and pick it up when it suits you. \uD83D\uDECB",
        List.of("VS-300-GN"), List.of("store-berlin"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

    byte[] pdf = CampaignPoster.render(campaign, LANDING, List.of("Store Berlin", "Store Munich"));

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Velvet week", "sit in it at your store", LANDING, "Valid until 31 May 2026", "Store Berlin, Store Munich");
      assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, 100))).isEqualTo(LANDING);
    }
  }

  @Test
  void theLongestNameAndOffer_stillLeaveTheQrCodeReadable_andTheOfferIsCutVisibly() throws Exception {
    String name = "Velvet ".repeat(14).strip();
    String offer = "Sit in our green velvet sofa at your store, reserve it online and pick it up when it suits you. ".repeat(20);
    var campaign = new Campaign("LONG", name.substring(0, Math.min(100, name.length())), offer.substring(0, 1000), List.of("VS-300-GN"),
        List.of("store-berlin"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

    byte[] pdf = CampaignPoster.render(campaign, LANDING, List.of("Store Berlin"));

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(document)).contains(LANDING, "Valid until 31 May 2026");
      assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, 100))).isEqualTo(LANDING);
    }
  }

  @Test
  void theQrPngReadsAsTheLandingPage() throws Exception {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(io.omnichannel.documents.QrCodes.png(LANDING, 480)));
    assertThat(png.getWidth()).isEqualTo(480);
    assertThat(decode(png)).isEqualTo(LANDING);
  }

  static String decode(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
