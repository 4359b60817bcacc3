/**
 * Campaigns (journey 5): a poster's offer with its featured products, stores and dates, its QR code
 * and printable poster leading to a short landing page; scans counted per day without personal data,
 * requests attributed to the campaign they came through (their first touch), and the funnel from
 * scans to pickups. Names no journey: the channels attribute what they take in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns")
package io.omnichannel.campaigns;
