package io.omnichannel.journeys.complaint;

import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.IntakeForm;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A complaint from any channel. A customer with an open complaint has one case: her new complaint
 * joins it as a repeated contact (the ledger's one-open-case rule) and she gets its reference. From a
 * public channel the post's link is required; a customer may name the link of her own public post
 * on any channel. Either way the complaint is public, and the start tells the model to alert at once.
 */
class ComplaintIntake implements IntakeForm {

  static final int MAX_URL = 2000;

  private final RequestIntake intake;
  private final ComplaintDetails details;
  private final RequestTracking tracking;

  ComplaintIntake(RequestIntake intake, ComplaintDetails details, RequestTracking tracking) {
    this.intake = intake;
    this.details = details;
    this.tracking = tracking;
  }

  @Override
  public SubmittedRequest submit(IntakeInput input, IntakeChannel via) {
    ComplaintSubmission s = ComplaintSubmission.from(input);
    Map<String, String> errors = intake.problems(input, s);
    if (s.message() == null) {
      errors.putIfAbsent("message", "Please tell us what went wrong.");
    }
    boolean inPublic = via.isPublic() || s.publicUrl() != null;
    if (inPublic) {
      publicUrlProblem(s.publicUrl()).ifPresent(problem -> errors.putIfAbsent("publicUrl", problem));
    }
    if (s.aboutReference() != null && !isHers(s)) {
      // the same words for a reference that does not exist and for another customer's: nothing to learn by guessing
      errors.putIfAbsent("aboutReference", "We know no request with this reference from you. Please check it, or leave it empty.");
    }
    var request =
        new NewRequest(
            ComplaintProcess.REQUEST_TYPE, s.name(), s.email(), s.phone(), s.customerNumber(), s.orderNumber(), null, s.subject(),
            withAbout(s, withLink(s, via)), input.attachment(), input.idempotencyKey());
    var start =
        JourneyStart.oneOpenCase(
            ComplaintProcess.START_MESSAGE,
            Map.of(Variables.TEAM, ComplaintProcess.COMPLAINTS_TEAM, Variables.PUBLIC_CHANNEL, inPublic),
            ComplaintProcess.REPEATED_MESSAGE);
    return intake.submit(request, via, errors, start, id -> {
      if (inPublic) {
        details.savePublicUrl(id, s.publicUrl());
      }
    });
  }

  /** The earlier request she names is hers: its contact e-mail, or its customer number, is the one she gave. */
  private boolean isHers(ComplaintSubmission s) {
    return tracking.findByReference(s.aboutReference().strip().toUpperCase(java.util.Locale.ROOT))
        .filter(earlier -> sameText(earlier.contactEmail(), s.email()) || sameText(earlier.customerNumber(), s.customerNumber()))
        .isPresent();
  }

  private static boolean sameText(String known, String given) {
    return known != null && given != null && known.strip().equalsIgnoreCase(given.strip());
  }

  /** The earlier request she complains about is named in the message, so the case's history and the task show it. */
  private static String withAbout(ComplaintSubmission s, String message) {
    return message != null && s.aboutReference() != null
        ? message + "\n(About " + s.aboutReference().strip().toUpperCase(java.util.Locale.ROOT) + ")"
        : message;
  }

  /** With a public post, the message names the post's link, so the case's history shows it for every post. */
  private static String withLink(ComplaintSubmission s, IntakeChannel via) {
    return s.message() != null && s.publicUrl() != null ? s.message() + "\n(Posted at " + s.publicUrl() + ")" : s.message();
  }

  /** The link of a public post: required, http or https, at most 2,000 characters. */
  static java.util.Optional<String> publicUrlProblem(String url) {
    if (url == null) {
      return java.util.Optional.of("Please give the link to the post or review.");
    }
    if (url.length() > MAX_URL) {
      return java.util.Optional.of("Please keep the link under 2,000 characters.");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return java.util.Optional.empty();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return java.util.Optional.of("Please give a web link starting with http:// or https://.");
  }

  @Override
  public String fragment() {
    return "journeys/complaint/intake :: fields";
  }

  @Override
  public boolean takesAttachment() {
    return true;
  }

  @Override
  public List<IntakeField> fields() {
    List<IntakeField> fields = new ArrayList<>(IntakeField.contact("Where we send the reference and our answer"));
    fields.add(IntakeField.required("message", "What went wrong", "The sofa arrived with a torn seam.", 10_000));
    fields.add(IntakeField.optional("orderNumber", "Online order or till receipt number", "W-2026-7781", 64));
    fields.add(IntakeField.optional("subject", "A short subject", "Delivery", 200));
    fields.add(IntakeField.optional(
        "publicUrl", "The link of a public post or review about it (required with channel \"public\"; http or https); "
            + "with a link the complaint counts as public",
        "https://reviews.example.com/shop/12345", MAX_URL));
    fields.add(IntakeField.optional(
        "aboutReference", "The reference of an earlier request of hers this complaint is about (it must be hers)", "SR-2026-000123", 32));
    return fields;
  }
}
