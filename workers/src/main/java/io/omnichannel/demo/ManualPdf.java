package io.omnichannel.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a plain, real multi-page PDF manual: a title page line, numbered sections, a footer with the type number. */
final class ManualPdf {

  record Section(String heading, String text) {}

  private static final float MARGIN = 60;
  private static final float LEADING = 15;
  private static final int WRAP = 88;

  private ManualPdf() {}

  static byte[] write(String title, String typeNumber, List<Section> sections, int sectionsPerPage) {
    var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setTitle(title);
      for (int first = 0, page = 1; first < sections.size(); first += sectionsPerPage, page++) {
        var pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        float top = pdfPage.getMediaBox().getHeight() - MARGIN;
        try (var content = new PDPageContentStream(document, pdfPage)) {
          content.beginText();
          content.newLineAtOffset(MARGIN, top);
          content.setLeading(LEADING);
          content.setFont(bold, 16);
          content.showText(title);
          content.newLine();
          content.setFont(regular, 10);
          content.showText("Type number " + typeNumber);
          content.newLine();
          content.newLine();
          for (int i = first; i < Math.min(first + sectionsPerPage, sections.size()); i++) {
            content.setFont(bold, 12);
            content.showText((i + 1) + " " + sections.get(i).heading());
            content.newLine();
            content.setFont(regular, 10);
            for (String line : wrap(sections.get(i).text())) {
              content.showText(line);
              content.newLine();
            }
            content.newLine();
          }
          content.endText();
          content.beginText();
          content.setFont(regular, 8);
          content.newLineAtOffset(MARGIN, MARGIN / 2);
          content.showText(typeNumber + " - page " + page);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the manual " + title, e);
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    var line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
