package io.omnichannel.portal;

import io.omnichannel.campaigns.CampaignAttribution;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's form of every request type a journey serves, at {@code /requests/{type}/new}: the
 * contact fields here, the type's own fields from its journey. After sending she lands on her
 * status page; a refused form comes back with every value and a message per field. A form reached
 * from a campaign's landing page carries the campaign's code, and the request is attributed to it.
 */
@Controller
class RequestFormController implements UploadLimitPage {

  private static final Pattern FORM = Pattern.compile(".*/requests/([a-z0-9-]+)/?");

  static final String VIEW = "portal/request-form";

  private final Journeys journeys;
  private final CampaignAttribution attribution;

  RequestFormController(Journeys journeys, CampaignAttribution attribution) {
    this.journeys = journeys;
    this.attribution = attribution;
  }

  /** Query parameters fill the form, e.g. {@code ?typeNumber=VS-300-GN} from a product page. */
  @GetMapping("/requests/{path}/new")
  String newRequest(@PathVariable String path, @RequestParam Map<String, String> values, Model model) {
    IntakeFormPage.fill(model, type(path), IntakeFormPage.fieldsOf(values), Map.of(), false);
    return VIEW;
  }

  @PostMapping("/requests/{path}")
  String submit(
      @PathVariable String path,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachment", required = false) MultipartFile attachment,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    RequestType type = type(path);
    Map<String, String> values = IntakeFormPage.fieldsOf(form);
    // the campaign she came through (the landing page's links carry it) is not the request's: it is attributed after
    Map<String, String> fields = new java.util.LinkedHashMap<>(values);
    String campaign = fields.remove(CampaignAttribution.FIELD);
    try {
      IntakeInput input = new IntakeInput(fields, Uploads.attachment(attachment).orElse(null), null);
      SubmittedRequest submitted = type.intake().submit(input, IntakeChannel.WEB);
      attribution.afterIntake(submitted, type, campaign, IntakeChannel.WEB);
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/track/" + submitted.trackingToken();
    } catch (InvalidSubmissionException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      IntakeFormPage.fill(model, type, values, invalid.fieldErrors(), false);
      return VIEW;
    }
  }

  @Override
  public boolean isFor(String requestUri) {
    Matcher form = FORM.matcher(requestUri);
    return form.matches() && journeys.typeAt(form.group(1)).isPresent();
  }

  /** The upload was refused before the form was read: the empty form with the reason at the top. */
  @Override
  public String tooLarge(String requestUri, Model model, String formError) {
    Matcher form = FORM.matcher(requestUri);
    IntakeFormPage.fill(model, type(form.matches() ? form.group(1) : ""), Map.of(), Map.of(), false);
    model.addAttribute("formError", formError);
    return VIEW;
  }

  private RequestType type(String path) {
    return journeys.typeAt(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such request type"));
  }
}
