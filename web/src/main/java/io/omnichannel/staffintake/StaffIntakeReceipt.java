package io.omnichannel.staffintake;

/** What staff read out on the phone or hand over at the counter once the request is in. */
record StaffIntakeReceipt(String reference, String expectedBy, String trackingUrl, String customerName, String email, String channel) {}
