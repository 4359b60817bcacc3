package io.omnichannel.campaigns;

import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.BusinessDate;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaigns of process owners and admins (SecurityConfiguration): the funnel of each, the form
 * to set one up or change it, and its QR code and poster to print.
 */
@Controller
@RequestMapping("/staff/campaigns")
class StaffCampaignController {

  static final String FORM = "campaigns/form";

  private final Campaigns campaigns;
  private final CampaignReach reach;
  private final CampaignMaterials materials;
  private final StockLocations stock;
  private final BusinessDate businessDate;

  StaffCampaignController(
      Campaigns campaigns, CampaignReach reach, CampaignMaterials materials, StockLocations stock, BusinessDate businessDate) {
    this.campaigns = campaigns;
    this.reach = reach;
    this.materials = materials;
    this.stock = stock;
    this.businessDate = businessDate;
  }

  @GetMapping
  String list(Model model) {
    var today = businessDate.today();
    model.addAttribute("funnels", reach.funnels());
    model.addAttribute("today", today);
    return "campaigns/list";
  }

  @GetMapping("/new")
  String newCampaign(Model model) {
    var today = businessDate.today();
    return form(model, new CampaignDraft("", "", "", List.of(), List.of(), today.toString(), today.plusWeeks(4).toString()), Map.of(), true);
  }

  @PostMapping
  String create(
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) List<String> typeNumbers,
      @RequestParam(required = false) List<String> storeIds,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    CampaignDraft draft = draft(form, typeNumbers, storeIds);
    try {
      Campaign created = campaigns.create(draft, user.getName());
      redirect.addFlashAttribute("notice", "Campaign " + created.name() + " (" + created.code() + ") is set up.");
      return "redirect:/staff/campaigns";
    } catch (InvalidCampaignException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(model, draft, invalid.fieldErrors(), true);
    }
  }

  @GetMapping("/{code}")
  String edit(@PathVariable String code, Model model) {
    Campaign campaign = campaigns.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("scansByDay", reach.scansByDay(campaign.code()));
    return form(model, CampaignDraft.of(campaign), Map.of(), false);
  }

  @PostMapping("/{code}")
  String update(
      @PathVariable String code,
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) List<String> typeNumbers,
      @RequestParam(required = false) List<String> storeIds,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Campaign campaign = campaigns.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    CampaignDraft draft = draft(form, typeNumbers, storeIds);
    try {
      Campaign updated = campaigns.update(campaign.code(), draft, user.getName());
      redirect.addFlashAttribute("notice", "Campaign " + updated.name() + " (" + updated.code() + ") is saved.");
      return "redirect:/staff/campaigns";
    } catch (InvalidCampaignException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("scansByDay", reach.scansByDay(campaign.code()));
      return form(model, withCode(draft, campaign.code()), invalid.fieldErrors(), false);
    }
  }

  @GetMapping("/{code}/qr.png")
  ResponseEntity<byte[]> qr(@PathVariable String code) {
    return file(materials.qrPng(code), MediaType.IMAGE_PNG, code.strip().toUpperCase(java.util.Locale.ROOT) + "-qr.png");
  }

  @GetMapping("/{code}/poster.pdf")
  ResponseEntity<byte[]> poster(@PathVariable String code) {
    return file(materials.posterPdf(code), MediaType.APPLICATION_PDF, code.strip().toUpperCase(java.util.Locale.ROOT) + "-poster.pdf");
  }

  private static ResponseEntity<byte[]> file(java.util.Optional<byte[]> content, MediaType type, String name) {
    return content
        .map(bytes -> ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(bytes))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String form(Model model, CampaignDraft draft, Map<String, String> errors, boolean isNew) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", draft.code());
    values.put("name", draft.name());
    values.put("offerText", draft.offerText());
    values.put("validFrom", draft.validFrom());
    values.put("validTo", draft.validTo());
    Map<String, String> products = new LinkedHashMap<>();
    stock.search("").forEach(level -> products.putIfAbsent(level.typeNumber(), level.productName()));
    model.addAttribute("values", values);
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors);
    model.addAttribute("isNew", isNew);
    model.addAttribute("products", products);
    model.addAttribute("stores", stock.stores());
    return FORM;
  }

  private static CampaignDraft draft(Map<String, String> form, List<String> typeNumbers, List<String> storeIds) {
    return new CampaignDraft(
        form.get("code"), form.get("name"), form.get("offerText"), typeNumbers, storeIds, form.get("validFrom"), form.get("validTo"));
  }

  private static CampaignDraft withCode(CampaignDraft draft, String code) {
    return new CampaignDraft(code, draft.name(), draft.offerText(), draft.typeNumbers(), draft.storeIds(), draft.validFrom(), draft.validTo());
  }
}
