package io.omnichannel.workerstest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/** Real files for tests: PDFs with text on one page each, and a PNG photo. */
public final class TestFiles {

  private TestFiles() {}

  /** One page per argument, each page holding its lines separated by '\n'. */
  public static byte[] pdf(String... pages) {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      for (String pageText : pages) {
        var page = new PDPage();
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          content.setLeading(14);
          content.newLineAtOffset(50, 700);
          for (String line : pageText.split("\n")) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small PDF whose one page's content stream unpacks to {@code megabytes} MB (spaces, which
   * Flate packs about a thousand to one), followed by one line of text.
   */
  public static byte[] packedPdf(int megabytes) {
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    return pdfWithContent(
        out -> {
          for (int i = 0; i < megabytes; i++) {
            out.write(spaces);
          }
          out.write("BT /F1 11 Tf 50 700 Td (Receipt) Tj ET".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
  }

  /** A PDF with {@code operations} text operators of {@code charactersEach} characters each, on one page. */
  public static byte[] wordyPdf(int operations, int charactersEach) {
    byte[] operation = ("BT /F1 1 Tf 10 10 Td (" + "x".repeat(charactersEach) + ") Tj ET\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return pdfWithContent(
        out -> {
          for (int i = 0; i < operations; i++) {
            out.write(operation);
          }
        });
  }

  /** A file that starts like a PDF and is none. */
  public static byte[] brokenPdf() {
    return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private interface ContentWriter {
    void write(java.io.OutputStream out) throws IOException;
  }

  private static byte[] pdfWithContent(ContentWriter writer) {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      var resources = new org.apache.pdfbox.pdmodel.PDResources();
      resources.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      var content = new org.apache.pdfbox.pdmodel.common.PDStream(document);
      try (var stream = content.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        writer.write(stream);
      }
      page.setContents(content);
      document.addPage(page);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] png() {
    var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xFFFFFF);
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String pdfText(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pdfPages(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
