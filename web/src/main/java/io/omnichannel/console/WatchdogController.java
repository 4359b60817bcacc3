package io.omnichannel.console;

import io.omnichannel.watchdog.FailedMailResend;
import io.omnichannel.watchdog.FindingKind;
import io.omnichannel.watchdog.WatchdogFindings;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The no-drop watchdog's list for team leads and process owners (see SecurityConfiguration): what has no owner, and taking it over. */
@Controller
@RequestMapping("/staff/watchdog")
class WatchdogController {

  private static final int RESOLVED_SHOWN = 20;

  private final WatchdogFindings findings;
  private final FailedMailResend resend;
  private final Clock clock;

  WatchdogController(WatchdogFindings findings, FailedMailResend resend, Clock clock) {
    this.findings = findings;
    this.resend = resend;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    return page(model, Map.of());
  }

  @PostMapping("/{id}/take-over")
  String takeOver(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String note,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    if (note.isBlank()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(model, Map.of(id, "Please say what you did or will do, so colleagues know."));
    }
    if (note.strip().length() > 2000) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(model, Map.of(id, "Please keep the note under 2,000 characters."));
    }
    if (!findings.takeOver(id, user.getName(), note.strip(), clock.instant())) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("notice", "That finding is no longer open: it resolved itself or a colleague took it over.");
      return page(model, Map.of());
    }
    redirect.addFlashAttribute("notice", "You took the finding over. It is closed and will not be raised again.");
    return "redirect:/staff/watchdog";
  }

  @PostMapping("/{id}/send-again")
  String sendAgain(@PathVariable UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    if (!resend.sendAgain(id)) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("notice", "That mail is no longer failed: it went out meanwhile, or the finding was closed.");
      return page(model, Map.of());
    }
    redirect.addFlashAttribute(
        "notice", "The mail goes out with the next round of the outbox, within seconds if the mail server takes it now; the finding then closes by itself.");
    return "redirect:/staff/watchdog";
  }

  private String page(Model model, Map<UUID, String> errors) {
    model.addAttribute("open", findings.open());
    model.addAttribute("resolved", findings.recentlyResolved(RESOLVED_SHOWN));
    model.addAttribute("kinds", FindingKind.values());
    model.addAttribute("errors", errors);
    model.addAttribute("mailRetryMinutes", resend.retryMinutes());
    return "console/watchdog";
  }
}
