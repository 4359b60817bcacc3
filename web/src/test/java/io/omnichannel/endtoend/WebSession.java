package io.omnichannel.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application: keeps cookies, takes the CSRF
 * token from the last page it loaded and sends it with every form, as a real form post would.
 */
final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client;
  private String csrfToken;

  WebSession(int port) {
    this(port, null);
  }

  /**
   * A session whose connections come from {@code clientAddress} (e.g. 127.0.0.2), as a person at
   * another machine; null for the default.
   */
  WebSession(int port, InetAddress clientAddress) {
    this.baseUrl = "http://" + (clientAddress == null ? "localhost" : "127.0.0.1") + ":" + port;
    HttpClient.Builder builder =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL);
    if (clientAddress != null) {
      builder.localAddress(clientAddress);
    }
    this.client = builder.build();
  }

  Page get(String path) {
    return get(path, Map.of());
  }

  /** A GET with extra request headers, e.g. the ones htmx sends. */
  Page get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  /** A file as it is served, e.g. a PDF, with this session's sign-in. */
  Download download(String path) {
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Download(int status, String contentType, byte[] body) {}

  Page postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  /** A form post where one field may be sent several times, e.g. checkboxes of one name. */
  Page postFormFields(String path, List<Map.Entry<String, String>> fields) {
    String body =
        java.util.stream.Stream.concat(fields.stream(), java.util.stream.Stream.of(Map.entry("_csrf", csrfToken)))
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A form post with extra request headers, e.g. the ones htmx sends. */
  Page postForm(String path, Map<String, String> fields, Map<String, String> headers) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfToken);
    String body =
        withToken.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  Page postMultipart(String path, Map<String, String> fields, Upload upload) {
    String boundary = "----journey" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfToken);
    withToken.forEach(
        (name, value) ->
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
    if (upload != null) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
          + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType()
          + "\r\n\r\n");
      body.writeBytes(upload.content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  void signIn(String username, String password) {
    Page page = trySignIn(username, password);
    if (page.uri().getPath().equals("/login")) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + page.uri());
    }
  }

  /** The page the sign-in form leads to: the login page again (with its message) when it was refused. */
  Page trySignIn(String username, String password) {
    get("/login");
    return postForm("/login", Map.of("username", username, "password", password));
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrfToken = token.group(1);
      }
      return new Page(response.statusCode(), response.uri(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  record Page(int status, URI uri, String body, HttpHeaders headers) {

    /** The first value of a response header, or null. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  record Upload(String field, String fileName, String contentType, byte[] content) {}
}
