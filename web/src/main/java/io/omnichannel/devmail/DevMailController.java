package io.omnichannel.devmail;

import com.icegreen.greenmail.util.GreenMail;
import io.omnichannel.runtime.EmbeddedRuntime;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dev mailbox: every mail the embedded mail server received, whoever it was addressed to. Only
 * there when mail is embedded ({@code orchestrator.dev-mailbox.enabled} is set by the runtime).
 */
@Controller
@ConditionalOnProperty(name = "orchestrator.dev-mailbox.enabled", havingValue = "true")
class DevMailController {

  private final GreenMail mailServer;

  DevMailController(EmbeddedRuntime runtime) {
    this.mailServer =
        runtime
            .mailServer()
            .orElseThrow(() -> new IllegalStateException("the dev mailbox needs the embedded mail server"));
  }

  @GetMapping("/dev/mail")
  String index(Model model) {
    model.addAttribute("mails", newestFirst());
    return "devmail/index";
  }

  @GetMapping("/dev/mail/{index}")
  String show(@PathVariable int index, Model model) {
    MimeMessage[] received = mailServer.getReceivedMessages();
    if (index < 0 || index >= received.length) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no mail #" + index);
    }
    model.addAttribute("mail", ReceivedMail.of(index, received[index]));
    return "devmail/show";
  }

  @GetMapping(path = "/dev/mail.json", produces = "application/json")
  @ResponseBody
  List<ReceivedMail> json() {
    return newestFirst();
  }

  private List<ReceivedMail> newestFirst() {
    MimeMessage[] received = mailServer.getReceivedMessages();
    return IntStream.iterate(received.length - 1, i -> i >= 0, i -> i - 1)
        .mapToObj(i -> ReceivedMail.of(i, received[i]))
        .toList();
  }
}
