package io.omnichannel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CommunityCardPdfTest {

  @Test
  void theCardsQrCodeReadsAsTheOrdersLink_andTheCardNamesStoreAndOrder() throws Exception {
    String link = "https://shop.example/c/q7RkZ2mYx0bE1tVwNfPa";

    byte[] pdf = CommunityCardPdf.render(new CommunityCardPdf.Card("Store Berlin", "Berlin", "W-2026-9001", link));

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(document)).contains("Store Berlin", "W-2026-9001", link);
      var page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }
  }
}
