package io.omnichannel.journeys.complaint.rating;

import io.omnichannel.journeys.complaint.ComplaintJourney;
import io.omnichannel.journeys.complaint.ComplaintRatings;
import io.omnichannel.journeys.complaint.ComplaintRatings.RatingLink;
import io.omnichannel.requests.InvalidSubmissionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's rating of her closed complaint, by the unguessable link of the invitation (no
 * login): 1–5 and a comment, once, while the link is valid. The ratings for team leads, process
 * owners and admins.
 */
@Controller
class ComplaintRatingController {

  static final String RATE = "journeys/complaint/rate";

  private final ComplaintRatings ratings;

  ComplaintRatingController(ComplaintRatings ratings) {
    this.ratings = ratings;
  }

  @GetMapping("/rate/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    model.addAttribute("token", token);
    return page(ratings.link(token), Map.of(), Map.of(), model, response);
  }

  @PostMapping("/rate/{token}")
  String rate(
      @PathVariable String token,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String comment,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("token", token);
    try {
      boolean open = ratings.link(token).map(l -> l.state() == ComplaintRatings.LinkState.OPEN).orElse(false);
      Optional<RatingLink> link = ratings.rate(token, rating, comment);
      model.addAttribute("thanks", open && link.map(l -> l.state() == ComplaintRatings.LinkState.RATED).orElse(false));
      return page(link, Map.of(), Map.of(), model, response);
    } catch (InvalidSubmissionException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, String> values = new java.util.HashMap<>();
      if (comment != null) {
        values.put("comment", comment);
      }
      return page(ratings.link(token), invalid.fieldErrors(), values, model, response);
    }
  }

  private String page(Optional<RatingLink> link, Map<String, String> errors, Map<String, String> values, Model model, HttpServletResponse response) {
    if (link.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
    }
    model.addAttribute("link", link.orElse(null));
    model.addAttribute("thanks", Boolean.TRUE.equals(model.getAttribute("thanks")));
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    return RATE;
  }

  @GetMapping(ComplaintJourney.RATINGS_PAGE)
  String overview(Model model) {
    model.addAttribute("overview", ratings.overview(100));
    return "journeys/complaint/ratings";
  }
}
