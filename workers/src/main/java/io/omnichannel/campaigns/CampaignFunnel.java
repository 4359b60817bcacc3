package io.omnichannel.campaigns;

/**
 * How far the people a campaign reached went: landing page opened, a request of any type sent,
 * a reservation among them, and its piece picked up.
 */
public record CampaignFunnel(Campaign campaign, long scans, long requests, long reservations, long pickups) {}
