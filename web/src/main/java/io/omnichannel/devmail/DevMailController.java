package io.omnichannel.devmail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dev mailbox: every mail the embedded mail server received, whoever it was addressed to, for
 * admins of a demo or development installation ({@link DevMailbox}); elsewhere it is not there (404).
 */
@Controller
class DevMailController {

  private final DevMailbox mailbox;

  DevMailController(DevMailbox mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping("/dev/mail")
  String index(Model model) {
    model.addAttribute("mails", newestFirst());
    return "devmail/index";
  }

  @GetMapping("/dev/mail/{index}")
  String show(@PathVariable int index, Model model) {
    MimeMessage[] received = server().getReceivedMessages();
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
    MimeMessage[] received = server().getReceivedMessages();
    return IntStream.iterate(received.length - 1, i -> i >= 0, i -> i - 1)
        .mapToObj(i -> ReceivedMail.of(i, received[i]))
        .toList();
  }

  private GreenMail server() {
    return mailbox.mailServer().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
