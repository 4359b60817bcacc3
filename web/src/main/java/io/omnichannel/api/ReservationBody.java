package io.omnichannel.api;

import io.omnichannel.requests.ReservationSubmission;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/requests/reservation}. Unknown fields are ignored. */
@Schema(description = "A reservation of one piece at a store, picked up by the customer with a pickup code.")
record ReservationBody(
    @Schema(description = "The product", example = "VS-300-GN", requiredMode = Schema.RequiredMode.REQUIRED) String typeNumber,
    @Schema(description = "The store to pick it up at; see GET /api/v1/stock", example = "store-berlin", requiredMode = Schema.RequiredMode.REQUIRED)
        String storeId,
    @Schema(description = "The customer's name", example = "Maria Keller", requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(description = "Where the pickup code goes", example = "maria.keller@example.com", requiredMode = Schema.RequiredMode.REQUIRED) String email,
    @Schema(description = "In case the store needs to reach her", example = "+49 30 5550 1234") String phone,
    @Schema(description = "Matches the customer when known", example = "K-100234") String customerNumber) {

  ReservationSubmission toSubmission() {
    return new ReservationSubmission(typeNumber, storeId, name, email, phone, customerNumber, null);
  }
}
