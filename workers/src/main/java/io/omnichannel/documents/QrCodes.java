package io.omnichannel.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes of the product's links, for the community card and the campaign posters alike. */
public final class QrCodes {

  private QrCodes() {}

  /** Black on white, with ZXing's quiet zone; error correction M survives a crumpled card or a scuffed poster. */
  public static BufferedImage image(String text, int pixels) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(text, BarcodeFormat.QR_CODE, pixels, pixels, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
      var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
    }
  }

  /** The QR code as a PNG file. */
  public static byte[] png(String text, int pixels) {
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(image(text, pixels), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the QR code of " + text, e);
    }
  }
}
